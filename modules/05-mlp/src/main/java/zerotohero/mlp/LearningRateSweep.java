package zerotohero.mlp;

import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;
import zerotohero.kit.data.Batches;
import zerotohero.kit.data.PythonRandom;

/**
 * Finding a learning rate: one short run in which the rate grows exponentially from step to step. Where
 * the loss falls fastest is a good rate; where it turns back up the rate is too large.
 */
public final class LearningRateSweep {

    private LearningRateSweep() {
    }

    /** Exercise 05.6: {@code n} exponents evenly spaced from {@code from} to {@code to}, both included. */
    public static double[] exponents(double from, double to, int n) {
        throw new Todo("05.6");
    }

    /** Exercise 05.6: 10 to the power of each exponent, e.g. 0.001 ... 1 for exponents −3 ... 0. */
    public static double[] rates(double[] exponents) {
        throw new Todo("05.6");
    }

    /**
     * Exercise 05.6: one training step per rate, step i using {@code rates[i]}, and the minibatch loss of each
     * step (measured before its update). Minibatches as in {@link Training#train}.
     */
    public static double[] sweep(MLP model, Examples data, double[] rates, int batchSize, PythonRandom random) {
        throw new Todo("05.6");
    }
}
