package zerotohero.mlp;

import zerotohero.kit.Tensor;
import zerotohero.kit.data.Batches;
import zerotohero.kit.data.PythonRandom;

/** Minibatch gradient descent with one learning-rate decay step, as in the lecture. */
public final class Training {

    private Training() {
    }

    /**
     * How to train.
     *
     * @param steps     the number of updates
     * @param batchSize examples per minibatch
     * @param lr        the learning rate before {@code decayStep}
     * @param decayedLr the learning rate from {@code decayStep} on
     * @param decayStep the first step that uses {@code decayedLr}
     */
    public record Settings(int steps, int batchSize, double lr, double decayedLr, int decayStep) {

        /** The lecture's run: 200,000 steps of 32 examples, 0.1 then 0.01 from step 100,000. */
        public static Settings lecture() {
            return new Settings(200_000, 32, 0.1, 0.01, 100_000);
        }

        /** The same schedule shrunk to {@code steps} steps (decay at the half-way point). */
        public Settings withSteps(int steps) {
            return new Settings(steps, batchSize, lr, decayedLr, steps / 2);
        }
    }

    /** Told about every step: its number and its minibatch loss. */
    @FunctionalInterface
    public interface Listener {
        void onStep(int step, double loss);
    }

    /** Exercise 05.4: the learning rate of a step: {@code lr} before {@code decayStep}, {@code decayedLr} from it on. */
    public static double learningRate(Settings settings, int step) {
        return step < settings.decayStep() ? settings.lr() : settings.decayedLr();
    }

    /**
     * Exercise 05.4: trains {@code model} on {@code data} and returns the minibatch loss of every step.
     * Each step, in this order: draw the minibatch with {@code Batches.indices(data.size(), batchSize, random)};
     * forward those rows; cross-entropy against their targets; zero the gradients; backward; move every
     * parameter by −learningRate(step)·grad; tell the listener (it may be null).
     */
    public static double[] train(MLP model, Examples data, Settings settings, PythonRandom random,
            Listener listener) {
        double[] losses = new double[settings.steps()];
        for (int step = 0; step < settings.steps(); step++) {
            int[] ix = Batches.indices(data.size(), settings.batchSize(), random);
            Tensor loss = model.forward(Batches.rows(data.x(), ix)).crossEntropy(Batches.rows(data.y(), ix));
            for (Tensor p : model.parameters()) {
                p.zeroGrad();
            }
            loss.backward();
            double lr = learningRate(settings, step);
            for (Tensor p : model.parameters()) {
                p.data().subi(p.grad().mul(lr));
            }
            losses[step] = loss.item();
            if (listener != null) {
                listener.onStep(step, losses[step]);
            }
        }
        return losses;
    }
}
