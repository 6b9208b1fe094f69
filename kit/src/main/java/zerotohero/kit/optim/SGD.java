package zerotohero.kit.optim;

import java.util.List;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.Tensor;

/** Stochastic gradient descent: {@code p ← p − lr · grad}, one native call per parameter. */
public final class SGD extends Optimizer {

    public SGD(List<Tensor> params, double lr) {
        super(params, lr);
    }

    @Override
    public void step() {
        for (Tensor p : params) {
            if (p.grad() != null) {
                // axpy: y ← a·x + y, in place, no temporary array
                Nd4j.getBlasWrapper().level1().axpy(p.data().length(), -lr, p.grad(), p.data());
            }
        }
    }
}
