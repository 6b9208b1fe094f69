package zerotohero.kit.optim;

import java.util.List;
import zerotohero.kit.Tensor;

/**
 * Updates parameters from their gradients. Every optimiser works the same way in a training loop:
 * {@code zeroGrad()}, forward, {@code loss.backward()}, {@code step()}. The learning rate is a plain
 * field so a schedule can set it before each step.
 */
public abstract class Optimizer {

    protected final List<Tensor> params;
    /** The step size; change it between steps for a schedule. */
    public double lr;

    protected Optimizer(List<Tensor> params, double lr) {
        this.params = List.copyOf(params);
        this.lr = lr;
    }

    /** Moves every parameter that has a gradient. Updates happen in place, without building a graph. */
    public abstract void step();

    /** Forgets all gradients before the next backward pass (otherwise they add up). */
    public void zeroGrad() {
        params.forEach(Tensor::zeroGrad);
    }
}
