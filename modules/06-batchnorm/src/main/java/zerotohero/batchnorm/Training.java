package zerotohero.batchnorm;

import java.util.Arrays;
import zerotohero.kit.InPlace;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Batches;
import zerotohero.kit.data.ContextWindows;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.run.TrainingSettings;

/** Module 05's training loop and evaluation, for a {@link Network} (train and eval modes matter now). */
public final class Training {

    private Training() {
    }

    /** Told after every update: the step, its minibatch loss and its learning rate. */
    @FunctionalInterface
    public interface Listener {
        void onStep(int step, double loss, double lr);
    }

    /** Minibatch SGD in training mode; returns the loss of every step. */
    public static double[] train(Network net, ContextWindows data, TrainingSettings settings, PythonRandom random,
            Listener listener) {
        net.train();
        double[] losses = new double[settings.steps()];
        for (int step = 0; step < settings.steps(); step++) {
            int[] ix = Batches.indices(data.size(), settings.batchSize(), random);
            Tensor loss = net.logits(Batches.rows(data.contexts(), ix)).crossEntropy(Batches.rows(data.targets(), ix));
            net.zeroGrad();
            loss.backward();
            double lr = settings.learningRate(step);
            for (Tensor p : net.parameters()) {
                InPlace.step(p, (j, value, grad) -> value - lr * grad); // p.data += -lr * p.grad
            }
            losses[step] = loss.item();
            if (listener != null) {
                listener.onStep(step, losses[step], lr);
            }
        }
        return losses;
    }

    /** The mean loss over a whole split, in evaluation mode (running statistics), then back to training mode. */
    public static double loss(Network net, ContextWindows data) {
        net.eval();
        try (NoGrad scope = NoGrad.enter()) {
            double total = 0;
            int chunk = 16_384;
            for (int from = 0; from < data.size(); from += chunk) {
                int to = Math.min(data.size(), from + chunk);
                total += net.logits(Arrays.copyOfRange(data.contexts(), from, to))
                        .crossEntropy(Arrays.copyOfRange(data.targets(), from, to)).item() * (to - from);
            }
            return total / data.size();
        } finally {
            net.train();
        }
    }
}
