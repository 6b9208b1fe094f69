package zerotohero.gpt;

import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;
import zerotohero.kit.nn.Module;

/**
 * Layer normalisation: each token's vector (the last dimension, its features) is made zero-mean and
 * unit-variance on its own, then scaled by {@code weight} and shifted by {@code bias}, both learned. Unlike
 * batch norm it looks at no other example and no other position, so it needs no running statistics and
 * behaves the same in training and evaluation.
 */
public final class LayerNorm extends Module {

    public final Tensor weight;
    public final Tensor bias;
    public final double eps;

    public LayerNorm(int features) {
        this.weight = param("weight", Tensor.ones(features));
        this.bias = param("bias", Tensor.zeros(features));
        this.eps = 1e-5;
    }

    /**
     * Exercise 09.6: (x − mean) / √(var + eps) · weight + bias, with the mean and the biased variance (divided
     * by n) over the last dimension only, kept for broadcasting. Write it with Tensor ops.
     */
    @Override
    public Tensor forward(Tensor x) {
        throw new Todo("09.6");
    }
}
