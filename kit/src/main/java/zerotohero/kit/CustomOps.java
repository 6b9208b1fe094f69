package zerotohero.kit;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A user's {@link CustomOp} in the graph: its forward on the inputs' arrays, its backward checked and added in. */
final class CustomOps {

    private CustomOps() {}

    static Tensor apply(CustomOp fn, Tensor... inputs) {
        INDArray[] xs = new INDArray[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            xs[i] = inputs[i].data();
        }
        INDArray out = fn.forward(xs);
        return Tensor.result(out, fn.name(), node -> {
            INDArray[] grads = fn.backward(node.grad(), out, xs);
            if (grads.length != inputs.length) {
                throw new IllegalStateException(fn.name() + ".backward returned " + grads.length
                        + " gradients for " + inputs.length + " inputs");
            }
            for (int i = 0; i < inputs.length; i++) {
                if (grads[i] == null) {
                    continue;
                }
                if (!Arrays.equals(grads[i].shape(), inputs[i].shape())) {
                    throw new IllegalStateException(fn.name() + ".backward: gradient " + i + " has shape "
                            + Shapes.str(grads[i].shape()) + " but input " + i + " has shape "
                            + Shapes.str(inputs[i].shape()));
                }
                if (inputs[i].requiresGrad()) {
                    inputs[i].gradient().add(grads[i]);
                }
            }
        }, inputs);
    }
}
