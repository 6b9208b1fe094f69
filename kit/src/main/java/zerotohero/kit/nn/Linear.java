package zerotohero.kit.nn;

import zerotohero.kit.Tensor;

/**
 * y = x @ W + b. The weight has shape (in, out), as in the lectures' {@code W1}; it starts as
 * N(0, 1)/√in so that the output's variance matches the input's (Kaiming's rule without the gain).
 * An input of shape (..., in) gives (..., out): every row goes through the same weights.
 */
public final class Linear extends Module {

    public final Tensor weight;
    public final Tensor bias;

    public Linear(int in, int out) {
        this(in, out, true);
    }

    /** Without a bias when {@code bias} is false (pointless before a batch norm, which removes means). */
    public Linear(int in, int out, boolean bias) {
        this.weight = param("weight", Tensor.randn(in, out).mul(1 / Math.sqrt(in)));
        this.bias = bias ? param("bias", Tensor.zeros(out)) : null;
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor y = x.matmul(weight);
        return bias == null ? y : y.add(bias);
    }
}
