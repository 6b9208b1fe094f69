package zerotohero.micrograd;

import java.util.List;

/** Anything with trainable parameters: a neuron, a layer, a whole network. */
public interface Module {

    /** Every trainable value of this module, in a fixed order. */
    List<Value> parameters();

    /** Sets every parameter's gradient to zero; call it before each backward pass of a training step. */
    default void zeroGrad() {
        for (Value p : parameters()) {
            p.zeroGrad();
        }
    }
}
