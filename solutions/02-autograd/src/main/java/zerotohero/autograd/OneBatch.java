package zerotohero.autograd;

import java.util.ArrayList;
import java.util.List;
import zerotohero.kit.Tensor;

/**
 * A debugging habit: before a long run, train on one small batch and check that the model can drive
 * its loss to almost zero there. A model with enough parameters can memorise a handful of examples,
 * so when it cannot, something is wired wrong: the loss, the last layer's activation, the labels, the
 * update. Minutes spent here save hours of watching a real run go nowhere.
 */
public final class OneBatch {

    /**
     * What the attempt showed.
     *
     * @param losses the loss of every step taken, measured before that step's update
     * @param memorised whether the last loss is below the target
     */
    public record Verdict(List<Double> losses, boolean memorised) {

        public Verdict {
            losses = List.copyOf(losses);
        }

        /** The loss of the last step taken. */
        public double last() {
            return losses.get(losses.size() - 1);
        }
    }

    private OneBatch() {
    }

    /**
     * Exercise 02.8: trains with {@code trainer} on the one batch ({@code x}, {@code y}) until a step's loss
     * is below {@code target} or {@code maxSteps} steps have been taken, whichever comes first.
     *
     * <p>Each step is one {@link Trainer#step}, and its return value, the loss before the update, is
     * recorded. The first loss below {@code target} ends the run: it is the last entry of
     * {@link Verdict#losses()} and {@link Verdict#memorised()} is true. If no loss gets below
     * {@code target}, there are exactly {@code maxSteps} losses and {@code memorised} is false.
     *
     * @throws IllegalArgumentException if {@code maxSteps} is below 1, or {@code x} and {@code y} do not
     *     have the same number of rows (the message names both)
     */
    public static Verdict overfit(Trainer trainer, Tensor x, Tensor y, int maxSteps, double target) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be at least 1, got " + maxSteps);
        }
        if (x.shape()[0] != y.shape()[0]) {
            throw new IllegalArgumentException("x has " + x.shape()[0] + " rows but y has " + y.shape()[0]
                    + ": give one target row per example");
        }
        List<Double> losses = new ArrayList<>();
        for (int step = 0; step < maxSteps; step++) {
            double loss = trainer.step(x, y);
            losses.add(loss);
            if (loss < target) {
                return new Verdict(losses, true);
            }
        }
        return new Verdict(losses, false);
    }
}
