package zerotohero.mlp;

import zerotohero.kit.InPlace;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Batches;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.run.TrainingSettings;

/** Minibatch gradient descent with one learning-rate decay step, as in the lecture. */
public final class Training {

    private Training() {
    }

    /** Told about every step: its number and its minibatch loss. */
    @FunctionalInterface
    public interface Listener {
        void onStep(int step, double loss);
    }

    /** Exercise 05.4: the learning rate of a step: {@code lr} before {@code decayStep}, {@code decayedLr} from it on. */
    public static double learningRate(TrainingSettings settings, int step) {
        return step < settings.decayStep() ? settings.lr() : settings.decayedLr();
    }

    /**
     * Exercise 05.4: trains {@code model} on {@code data} and returns the minibatch loss of every step.
     * Each step, in this order: draw the minibatch with {@code Batches.indices(data.size(), batchSize, random)};
     * forward those rows; cross-entropy against their targets; zero the gradients; backward; move every
     * parameter by −learningRate(step)·grad; tell the listener (it may be null).
     */
    public static double[] train(MLP model, Examples data, TrainingSettings settings, PythonRandom random,
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
                InPlace.step(p, (j, value, grad) -> value - lr * grad); // p.data += -lr * p.grad
            }
            losses[step] = loss.item();
            if (listener != null) {
                listener.onStep(step, losses[step]);
            }
        }
        return losses;
    }
}
