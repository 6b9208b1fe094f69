package zerotohero.kit.nn;

import zerotohero.kit.Tensor;

/** The tanh non-linearity as a module, so it can sit in a {@link Sequential}. */
public final class Tanh extends Module {

    @Override
    public Tensor forward(Tensor x) {
        return x.tanh();
    }
}
