package zerotohero.wavenet;

import java.util.Arrays;
import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Module;
import zerotohero.kit.Todo;

/**
 * Batch normalisation for a 2-D input (B, C) or a 3-D input (B, T, C): each of the C channels is made
 * zero-mean and unit-variance, then scaled by {@code gamma} and shifted by {@code beta}.
 *
 * <p>Which numbers share a mean? For (B, C) the B examples of each channel, dimension 0, as in module 06.
 * For (B, T, C) the statistics are still per channel: the B·T numbers of a channel, over dimensions 0 and
 * 1. (Reducing over dimension 0 alone would give every position its own statistics, shape (1, T, C): the
 * bug the lecture found in its own code.)
 *
 * <p>Training mode normalises with the batch's statistics (the biased variance, divided by n) and updates
 * the running estimates outside the graph: {@code running = (1 − momentum)·running + momentum·batch}, the
 * variance's with the unbiased batch variance. As in PyTorch code that writes this by hand, the running
 * statistics take the shape of the batch statistics: (1, C) after a 2-D batch, (1, 1, C) after a 3-D one.
 * Evaluation mode uses the running estimates and changes nothing, so an example's output no longer depends
 * on the rest of its batch.
 */
public final class BatchNorm1d extends Module {

    public final Tensor gamma;
    public final Tensor beta;
    /** The running mean: (C) at first, then the shape of the batch mean (kept dimensions). */
    public Tensor runningMean;
    /** The running variance: (C) at first, then the shape of the batch variance. */
    public Tensor runningVar;
    public final double eps;
    public final double momentum;

    /** eps 1e-5 and momentum 0.1, PyTorch's defaults. */
    public BatchNorm1d(int features) {
        this(features, 1e-5, 0.1);
    }

    public BatchNorm1d(int features, double eps, double momentum) {
        this.gamma = param("gamma", Tensor.ones(features));
        this.beta = param("beta", Tensor.zeros(features));
        this.eps = eps;
        this.momentum = momentum;
        remember(Tensor.zeros(features), Tensor.ones(features));
    }

    /**
     * Makes {@code mean} and {@code var} the running statistics, and registers them as the module's
     * buffers, so a checkpoint saves the current ones (a buffer is registered by reference).
     */
    void remember(Tensor mean, Tensor var) {
        runningMean = buffer("runningMean", mean.detach());
        runningVar = buffer("runningVar", var.detach());
    }

    /**
     * The dimensions a batch statistic averages over: {0} for (B, C), {0, 1} for (B, T, C). Any other rank
     * is an error that names the shape.
     */
    static int[] dims(Tensor x) {
        return switch (x.rank()) {
            case 2 -> new int[] {0};
            case 3 -> new int[] {0, 1};
            default -> throw new IllegalArgumentException("BatchNorm1d expects (B, C) or (B, T, C), got shape "
                    + Arrays.toString(x.shape()));
        };
    }

    /**
     * Exercise 08.4: in training mode, gamma·(x − mean)/√(var + eps) + beta with the batch's mean and biased
     * variance over {@link #dims}, and {@link #remember} the updated running statistics (under
     * {@code NoGrad}); in eval mode the same formula with {@link #runningMean} and {@link #runningVar}.
     * {@code x.normalize(dims, gamma, beta, eps)} is the training-mode formula as one fused kit op.
     */
    @Override
    public Tensor forward(Tensor x) {
        throw new Todo("08.4");
    }

    @Override
    public String toString() {
        return "BatchNorm1d(" + gamma.size(0) + ")";
    }
}
