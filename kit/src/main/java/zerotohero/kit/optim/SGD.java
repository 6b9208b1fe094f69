package zerotohero.kit.optim;

import java.util.List;
import zerotohero.kit.Elements;
import zerotohero.kit.Tensor;

/** Stochastic gradient descent: {@code p ← p − lr · grad}, one loop over the numbers of each parameter. */
public final class SGD extends Optimizer {

    public SGD(List<Tensor> params, double lr) {
        super(params, lr);
    }

    @Override
    public void step() {
        for (Tensor param : params) {
            if (param.grad() != null) {
                Elements p = Elements.of(param.data());
                Elements g = Elements.of(param.grad());
                for (int j = 0; j < p.length; j++) {
                    p.set(j, p.get(j) - lr * g.get(j));
                }
                p.storeInto(param.data());
            }
        }
    }
}
