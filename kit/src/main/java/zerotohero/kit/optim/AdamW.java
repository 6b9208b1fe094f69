package zerotohero.kit.optim;

import java.util.List;
import zerotohero.kit.Tensor;

/**
 * Adam with decoupled weight decay (Loshchilov and Hutter): each step shrinks the parameters by
 * {@code lr · weightDecay · p} directly, instead of folding the decay into the gradient, where Adam's
 * per-parameter scaling would weaken it. nanoGPT trains with this.
 */
public final class AdamW extends Adam {

    public AdamW(List<Tensor> params, double lr) {
        this(params, lr, 0.9, 0.999, 1e-8, 0.01);
    }

    public AdamW(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay) {
        super(params, lr, beta1, beta2, eps, weightDecay);
    }

    @Override
    protected boolean decoupledDecay() {
        return true;
    }
}
