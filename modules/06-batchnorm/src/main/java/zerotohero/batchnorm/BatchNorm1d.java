package zerotohero.batchnorm;

import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;
import zerotohero.kit.nn.Module;

/**
 * Batch normalisation for inputs of shape (batch, features): each feature (column) is made zero-mean and
 * unit-variance over the batch (the rows), then scaled by {@code gamma} and shifted by {@code beta}, both
 * learned.
 *
 * <p>Training mode normalises with the batch's own mean and its <em>biased</em> variance (divided by n, as
 * PyTorch does) and updates the running estimates, outside the graph:
 * {@code running = (1 − momentum)·running + momentum·batch}, where the running variance takes the batch's
 * <em>unbiased</em> variance (divided by n − 1), an estimate of the population's. Evaluation mode uses the
 * running estimates and leaves them alone, so an example's output no longer depends on its batch.
 */
public final class BatchNorm1d extends Module {

    public final Tensor gamma;
    public final Tensor beta;
    public final Tensor runningMean;
    public final Tensor runningVar;
    public final double eps;
    public final double momentum;
    /** The output of the last forward pass. */
    public Tensor out;

    /** eps 1e-5 and momentum 0.1, PyTorch's defaults. */
    public BatchNorm1d(int features) {
        this(features, 1e-5, 0.1);
    }

    public BatchNorm1d(int features, double eps, double momentum) {
        this.gamma = param("gamma", Tensor.ones(features));
        this.beta = param("beta", Tensor.zeros(features));
        this.runningMean = buffer("runningMean", Tensor.zeros(features));
        this.runningVar = buffer("runningVar", Tensor.ones(features));
        this.eps = eps;
        this.momentum = momentum;
    }

    /**
     * Exercise 06.5: gamma·(x − mean)/√(var + eps) + beta, over dimension 0 of an (n, features) input, as the
     * class comment describes for each mode. Update the running statistics in place
     * ({@code InPlace.assign(runningMean, ...)}, or through {@code runningMean.data()}), inside a {@code NoGrad}
     * scope, in training mode only. Keep the result in {@link #out}.
     *
     * @param x a (batch, features) tensor
     * @throws IllegalArgumentException if {@code x} is not of rank 2; the message names the rank it got
     */
    @Override
    public Tensor forward(Tensor x) {
        throw new Todo("06.5");
    }
}
