package zerotohero.batchnorm;

import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;
import zerotohero.kit.nn.Module;

/**
 * A fully connected layer in the torch.nn style: y = x @ weight (+ bias), weight of shape (fanIn, fanOut).
 * It remembers its last output in {@link #out} so the diagnostics can look at it after a forward pass.
 */
public final class Linear extends Module {

    public final Tensor weight;
    /** Null when the layer has no bias (before a batch norm, which would cancel it). */
    public final Tensor bias;
    /** The output of the last forward pass. */
    public Tensor out;

    /** Weight N(0, 1)/√fanIn, bias zero: the output has about the variance of the input. */
    public Linear(int fanIn, int fanOut, boolean bias) {
        this(Tensor.randn(fanIn, fanOut).div(Math.sqrt(fanIn)), bias ? Tensor.zeros(fanOut) : null);
    }

    /** A layer with the given weight and bias (null: no bias); both become parameters. */
    public Linear(Tensor weight, Tensor bias) {
        this.weight = param("weight", weight);
        this.bias = bias == null ? null : param("bias", bias);
    }

    /**
     * Exercise 06.4: x @ weight, plus the bias (broadcast over the rows) if there is one, built from Tensor ops
     * so that backward() reaches both; keep the result in {@link #out} and return it.
     *
     * @param x a (batch, fanIn) tensor
     * @return a (batch, fanOut) tensor
     */
    @Override
    public Tensor forward(Tensor x) {
        throw new Todo("06.4");
    }
}
