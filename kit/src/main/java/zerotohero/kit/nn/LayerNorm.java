package zerotohero.kit.nn;

import zerotohero.kit.Tensor;

/**
 * Layer normalisation: like batch norm, but each example's features are normalised over the last
 * dimension, by their own mean and (biased) variance. No batch statistics, so training and evaluation
 * behave the same; transformers put one before each attention and feed-forward block.
 */
public final class LayerNorm extends Module {

    public final Tensor gamma;
    public final Tensor beta;
    private final double eps;

    public LayerNorm(int features) {
        this(features, 1e-5);
    }

    public LayerNorm(int features, double eps) {
        this.gamma = param("gamma", Tensor.ones(features));
        this.beta = param("beta", Tensor.zeros(features));
        this.eps = eps;
    }

    @Override
    public Tensor forward(Tensor x) {
        return x.normalize(new int[] {-1}, gamma, beta, eps);
    }
}
