package zerotohero.kit.nn;

import zerotohero.kit.InPlace;
import zerotohero.kit.Tensor;

/**
 * Batch normalisation: makes each feature zero-mean, unit-variance over the batch, then lets the network
 * scale ({@code gamma}) and shift ({@code beta}) it back as it likes.
 *
 * <p>Input (N, C) normalises over dimension 0; input (N, L, C) over dimensions 0 and 1, so statistics are
 * per feature C, not per position. Training mode uses the batch's statistics (variance divided by n, as
 * PyTorch does) and updates running estimates: {@code running = (1 − momentum)·running + momentum·batch},
 * with the unbiased variance. Evaluation mode uses the running estimates, so one example's output no
 * longer depends on the rest of the batch.
 */
public final class BatchNorm1d extends Module {

    public final Tensor gamma;
    public final Tensor beta;
    public final Tensor runningMean;
    public final Tensor runningVar;
    private final double eps;
    private final double momentum;

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

    @Override
    public Tensor forward(Tensor x) {
        int[] dims = switch (x.rank()) {
            case 2 -> new int[] {0};
            case 3 -> new int[] {0, 1};
            default -> throw new IllegalArgumentException("BatchNorm1d expects (N, C) or (N, L, C), got rank "
                    + x.rank());
        };
        if (!isTraining()) {
            Tensor normalised = x.sub(runningMean).mul(runningVar.add(eps).pow(-0.5));
            return normalised.mul(gamma).add(beta);
        }
        updateRunningStatistics(x);
        return x.normalize(dims, gamma, beta, eps); // batch statistics, biased variance
    }

    /** running = (1 − momentum)·running + momentum·batch, per feature, with the unbiased batch variance. */
    private void updateRunningStatistics(Tensor x) {
        double[] xs = InPlace.read(x);
        int width = (int) x.size(-1);
        int rows = xs.length / width;
        double[] mean = new double[width];
        double[] var = new double[width];
        for (int r = 0, i = 0; r < rows; r++) {
            for (int c = 0; c < width; c++, i++) {
                mean[c] += xs[i] / rows;
            }
        }
        for (int r = 0, i = 0; r < rows; r++) {
            for (int c = 0; c < width; c++, i++) {
                double d = xs[i] - mean[c];
                var[c] += d * d / (rows - 1);
            }
        }
        InPlace.assign(runningMean, (c, old) -> (1 - momentum) * old + momentum * mean[c]);
        InPlace.assign(runningVar, (c, old) -> (1 - momentum) * old + momentum * var[c]);
    }
}
