package zerotohero.kit;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A differentiable op of your own: its forward computation and its backward rule, on plain arrays.
 * {@link Tensor#apply} wires it into the graph, so it takes part in {@code backward()} like the built-in
 * ops. For example, a squaring op:
 *
 * <pre>{@code
 * CustomOp square = new CustomOp() {
 *     public INDArray forward(INDArray... x) { return x[0].mul(x[0]); }
 *     public INDArray[] backward(INDArray grad, INDArray out, INDArray... x) {
 *         return new INDArray[] {grad.mul(x[0]).muli(2)};   // d(x²)/dx = 2x, times the incoming gradient
 *     }
 * };
 * Tensor y = Tensor.apply(square, x);
 * }</pre>
 *
 * <p>Neither method may modify its inputs. Check a new op with {@link GradCheck}.
 */
public interface CustomOp {

    /** Computes the output from the inputs' data. */
    INDArray forward(INDArray... inputs);

    /**
     * Given the gradient of the loss with respect to the output, returns the gradient with respect to
     * each input (same shapes as the inputs; null for an input that needs none).
     */
    INDArray[] backward(INDArray gradOutput, INDArray output, INDArray... inputs);

    /** A name for the graph and for error messages. */
    default String name() {
        return getClass().getSimpleName().isEmpty() ? "custom" : getClass().getSimpleName();
    }
}
