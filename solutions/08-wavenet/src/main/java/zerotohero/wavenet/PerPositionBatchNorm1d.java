package zerotohero.wavenet;

import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Module;

/**
 * The lecture's first attempt at batch norm on a 3-D input, kept to reproduce its "hierarchical" row: the
 * statistics of a (B, T, C) input are taken over dimension 0 only, so every (position, channel) pair has
 * its own mean and variance and the running statistics have shape (1, T, C). It trains, which is why the
 * mistake is easy to miss; it just estimates each statistic from B numbers instead of B·T. Given: do not
 * use it as a model for your {@link BatchNorm1d}.
 */
public final class PerPositionBatchNorm1d extends Module {

    public final Tensor gamma;
    public final Tensor beta;
    public Tensor runningMean;
    public Tensor runningVar;
    private final double eps = 1e-5;
    private final double momentum = 0.1;

    public PerPositionBatchNorm1d(int features) {
        this.gamma = param("gamma", Tensor.ones(features));
        this.beta = param("beta", Tensor.zeros(features));
        remember(Tensor.zeros(features), Tensor.ones(features));
    }

    private void remember(Tensor mean, Tensor var) {
        runningMean = buffer("runningMean", mean.detach());
        runningVar = buffer("runningVar", var.detach());
    }

    @Override
    public Tensor forward(Tensor x) {
        int[] dims = {0}; // the mistake: for (B, T, C) this should be {0, 1}
        Tensor mean;
        Tensor var;
        if (isTraining()) {
            mean = x.mean(dims, true);
            var = x.var(dims, true, false);
            try (NoGrad scope = NoGrad.enter()) {
                remember(runningMean.mul(1 - momentum).add(mean.mul(momentum)),
                        runningVar.mul(1 - momentum).add(x.var(dims, true, true).mul(momentum)));
            }
        } else {
            mean = runningMean;
            var = runningVar;
        }
        return gamma.mul(x.sub(mean).div(var.add(eps).pow(0.5))).add(beta);
    }

    @Override
    public String toString() {
        return "PerPositionBatchNorm1d(" + gamma.size(0) + ")";
    }
}
