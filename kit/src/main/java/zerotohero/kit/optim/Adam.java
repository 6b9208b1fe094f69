package zerotohero.kit.optim;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.blas.Level1;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
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
    private final List<INDArray> m = new ArrayList<>();
    private final List<INDArray> v = new ArrayList<>();
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
            m.add(p.data().ulike().assign(0));
            v.add(p.data().ulike().assign(0));
        }
    }

    @Override
    public void step() {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < params.size(); i++) {
            Tensor p = params.get(i);
            INDArray g = p.grad();
            if (g == null) {
                continue;
            }
            g = decay(p.data(), g);
            // In place, with BLAS's axpy (y ← a·x + y): a few native calls per parameter and no temporaries
            // beyond g² and the step itself.
            Level1 blas = Nd4j.getBlasWrapper().level1();
            long n = g.length();
            blas.axpy(n, 1 - beta1, g, m.get(i).muli(beta1));                   // m ← β₁m + (1 − β₁)g
            blas.axpy(n, 1 - beta2, g.mul(g), v.get(i).muli(beta2));            // v ← β₂v + (1 − β₂)g²
            INDArray denominator = Transforms.sqrt(v.get(i), true).muli(1 / Math.sqrt(correction2)).addi(eps);
            blas.axpy(n, -lr / correction1, m.get(i).div(denominator), p.data()); // p ← p − lr·m̂/(√v̂ + ε)
        }
    }

    /** L2 regularisation: the gradient of (wd/2)·p² is wd·p. */
    protected INDArray decay(INDArray p, INDArray g) {
        return weightDecay == 0 ? g : g.add(p.mul(weightDecay));
    }
}
