package zerotohero.kit.nn;

import zerotohero.kit.Tensor;

/** Zeroes a fraction p of activations while training (see {@link Tensor#dropout}); does nothing in eval mode. */
public final class Dropout extends Module {

    private final double p;

    public Dropout(double p) {
        this.p = p;
    }

    @Override
    public Tensor forward(Tensor x) {
        return isTraining() ? x.dropout(p) : x;
    }
}
