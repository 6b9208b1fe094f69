package zerotohero.kit.nn;

import zerotohero.kit.Tensor;

/** The ReLU non-linearity, max(0, x), as a module. */
public final class ReLU extends Module {

    @Override
    public Tensor forward(Tensor x) {
        return x.relu();
    }
}
