package zerotohero.autograd;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import zerotohero.kit.CustomOp;
import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;

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
        throw new Todo("02.3");
    }

    /** The incoming gradient times the local derivative σ(x). */
    @Override
    public INDArray[] backward(INDArray gradOutput, INDArray output, INDArray... inputs) {
        throw new Todo("02.3");
    }

    @Override
    public String name() {
        return "softplus";
    }
}
