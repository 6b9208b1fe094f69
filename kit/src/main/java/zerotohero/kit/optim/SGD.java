package zerotohero.kit.optim;

import java.util.List;
import zerotohero.kit.InPlace;
import zerotohero.kit.Tensor;

/** Stochastic gradient descent: {@code p ← p − lr · grad}, one loop over the numbers of each parameter. */
public final class SGD extends Optimizer {

    public SGD(List<Tensor> params, double lr) {
        super(params, lr);
    }

    @Override
    public void step() {
        for (Tensor param : params) {
            if (param.hasGrad()) {
                InPlace.step(param, (j, p, grad) -> p - lr * grad);
            }
        }
    }
}
