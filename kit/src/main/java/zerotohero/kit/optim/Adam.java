package zerotohero.kit.optim;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import zerotohero.kit.InPlace;
import zerotohero.kit.Tensor;
import zerotohero.kit.fast.Float32Kernels;

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
    private final List<Moments> moments = new ArrayList<>();
    private int t;

    /**
     * m and v of one parameter, kept in its precision: float[] beside a float32 parameter (whose update
     * runs in float arithmetic), double[] beside a float64 one.
     */
    private record Moments(float[] m32, float[] v32, double[] m64, double[] v64) {
        static Moments zeros(Tensor p) {
            int n = Math.toIntExact(p.data().length());
            return p.type() == DataType.FLOAT ? new Moments(new float[n], new float[n], null, null)
                    : new Moments(null, null, new double[n], new double[n]);
        }
    }

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
            moments.add(Moments.zeros(p));
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
            if (!param.hasGrad()) {
                continue;
            }
            Moments s = moments.get(i);
            if (s.m32() != null) { // the same loop in float arithmetic, which the JIT compiler vectorises
                if (!InPlace.stepFloat32(param, (p, g) -> Float32Kernels.adam(p, g, s.m32(), s.v32(), (float) beta1,
                        (float) beta2, (float) lr, (float) eps, (float) shrink, (float) l2, (float) correction1,
                        (float) correction2))) {
                    throw new IllegalStateException("Adam: parameter " + i + " is no longer float32");
                }
                continue;
            }
            double[] m = s.m64();
            double[] v = s.v64();
            InPlace.step(param, (j, p, grad) -> {
                double g = grad + l2 * p;
                m[j] = beta1 * m[j] + (1 - beta1) * g;      // m ← β₁m + (1 − β₁)g
                v[j] = beta2 * v[j] + (1 - beta2) * g * g;  // v ← β₂v + (1 − β₂)g²
                double mHat = m[j] / correction1;
                double vHat = v[j] / correction2;
                return p * shrink - lr * mHat / (Math.sqrt(vHat) + eps); // p ← p − lr·m̂/(√v̂ + ε)
            });
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
