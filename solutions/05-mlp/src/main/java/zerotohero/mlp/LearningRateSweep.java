package zerotohero.mlp;

import zerotohero.kit.InPlace;
import zerotohero.kit.Tensor;
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
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = n == 1 ? from : from + (to - from) * i / (n - 1);
        }
        return e;
    }

    /** Exercise 05.6: 10 to the power of each exponent, e.g. 0.001 ... 1 for exponents −3 ... 0. */
    public static double[] rates(double[] exponents) {
        double[] r = new double[exponents.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.pow(10, exponents[i]);
        }
        return r;
    }

    /**
     * Exercise 05.6: one training step per rate, step i using {@code rates[i]}, and the minibatch loss of each
     * step (measured before its update). Minibatches as in {@link Training#train}.
     */
    public static double[] sweep(MLP model, Examples data, double[] rates, int batchSize, PythonRandom random) {
        double[] losses = new double[rates.length];
        for (int i = 0; i < rates.length; i++) {
            int[] ix = Batches.indices(data.size(), batchSize, random);
            Tensor loss = model.forward(Batches.rows(data.x(), ix)).crossEntropy(Batches.rows(data.y(), ix));
            for (Tensor p : model.parameters()) {
                p.zeroGrad();
            }
            loss.backward();
            double lr = rates[i];
            for (Tensor p : model.parameters()) {
                InPlace.step(p, (j, value, grad) -> value - lr * grad); // p.data += -lr * p.grad
            }
            losses[i] = loss.item();
        }
        return losses;
    }
}
