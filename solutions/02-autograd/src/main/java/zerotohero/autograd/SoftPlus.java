package zerotohero.autograd;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import zerotohero.kit.CustomOp;
import zerotohero.kit.Tensor;

/**
 * softplus(x) = log(1 + eˣ), a smooth ReLU, as a differentiable op of our own through kit's extension
 * point: {@link #forward} computes it on whole arrays, {@link #backward} applies the chain rule with its
 * derivative, which is the sigmoid σ(x) = 1 / (1 + e⁻ˣ).
 */
public final class SoftPlus implements CustomOp {

    /** softplus of every element of {@code x}, as a node of the graph. */
    public static Tensor of(Tensor x) {
        return Tensor.apply(new SoftPlus(), x);
    }

    /**
     * log(1 + eˣ), computed as max(x, 0) + log(1 + e^−|x|) so that it never overflows: the exponent is
     * never positive. Written naively, eˣ is infinite from x ≈ 89 in float32 (710 in float64).
     */
    @Override
    public INDArray forward(INDArray... inputs) {
        INDArray x = inputs[0];
        INDArray tail = Transforms.log(Transforms.exp(Transforms.abs(x, true).negi(), false).addi(1), false);
        return Transforms.max(x, 0, true).addi(tail);
    }

    /** The incoming gradient times the local derivative σ(x). */
    @Override
    public INDArray[] backward(INDArray gradOutput, INDArray output, INDArray... inputs) {
        return new INDArray[] {Transforms.sigmoid(inputs[0], true).muli(gradOutput)};
    }

    @Override
    public String name() {
        return "softplus";
    }
}
