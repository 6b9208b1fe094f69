package zerotohero.kit.optim;

import java.util.ArrayList;
import java.util.List;
import zerotohero.kit.Elements;
import zerotohero.kit.Tensor;

/**
 * Adam: gradient descent with a running mean of the gradient (momentum, m) and of its square (v), so
 * each parameter gets a step size adapted to how large and how noisy its gradient is.
 * <pre>
 *   m ← β₁·m + (1 − β₁)·g          v ← β₂·v + (1 − β₂)·g²
 *   p ← p − lr · m̂ / (√v̂ + ε)     with m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ) correcting the start at zero
 * </pre>
 * Weight decay here is the classic L2 penalty (added to the gradient); {@link AdamW} decouples it.
 */
public class Adam extends Optimizer {

    protected final double beta1;
    protected final double beta2;
    protected final double eps;
    protected final double weightDecay;
    private final List<Elements> m = new ArrayList<>();
    private final List<Elements> v = new ArrayList<>();
    private int t;

    public Adam(List<Tensor> params, double lr) {
        this(params, lr, 0.9, 0.999, 1e-8, 0);
    }

    public Adam(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay) {
        super(params, lr);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        for (Tensor p : this.params) {
            m.add(Elements.zeros(p.type(), p.data().length()));
            v.add(Elements.zeros(p.type(), p.data().length()));
        }
    }

    @Override
    public void step() {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        double shrink = decoupledDecay() ? 1 - lr * weightDecay : 1;  // AdamW: p ← p − lr·wd·p
        double l2 = decoupledDecay() ? 0 : weightDecay;               // Adam: g ← g + wd·p
        for (int i = 0; i < params.size(); i++) {
            Tensor param = params.get(i);
            if (param.grad() == null) {
                continue;
            }
            // One loop per parameter over Java copies of its numbers, written back at the end.
            Elements p = Elements.of(param.data());
            Elements g = Elements.of(param.grad());
            Elements mi = m.get(i);
            Elements vi = v.get(i);
            if (p instanceof Elements.Float32 pf && g instanceof Elements.Float32 gf
                    && mi instanceof Elements.Float32 mf && vi instanceof Elements.Float32 vf) {
                update(pf.values(), gf.values(), mf.values(), vf.values(), (float) shrink, (float) l2,
                        (float) correction1, (float) correction2);
            } else {
                for (int j = 0; j < p.length; j++) {
                    double pj = p.get(j);
                    double gj = g.get(j) + l2 * pj;
                    mi.set(j, beta1 * mi.get(j) + (1 - beta1) * gj);      // m ← β₁m + (1 − β₁)g
                    vi.set(j, beta2 * vi.get(j) + (1 - beta2) * gj * gj); // v ← β₂v + (1 − β₂)g²
                    double mHat = mi.get(j) / correction1;
                    double vHat = vi.get(j) / correction2;
                    p.set(j, pj * shrink - lr * mHat / (Math.sqrt(vHat) + eps)); // p ← p − lr·m̂/(√v̂ + ε)
                }
            }
            p.storeInto(param.data());
        }
    }

    /** The loop above in float arithmetic, which the JIT compiler vectorises. */
    private void update(float[] p, float[] g, float[] m, float[] v, float shrink, float l2, float correction1,
            float correction2) {
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float rate = (float) lr;
        float epsilon = (float) eps;
        for (int j = 0; j < p.length; j++) {
            float gj = g[j] + l2 * p[j];
            m[j] = b1 * m[j] + (1 - b1) * gj;
            v[j] = b2 * v[j] + (1 - b2) * gj * gj;
            p[j] = p[j] * shrink - rate * (m[j] / correction1) / ((float) Math.sqrt(v[j] / correction2) + epsilon);
        }
    }

    /**
     * Whether weight decay shrinks the parameters directly (AdamW) instead of adding wd·p, the gradient of
     * the L2 penalty (wd/2)·p², to the gradient (classic Adam).
     */
    protected boolean decoupledDecay() {
        return false;
    }
}
