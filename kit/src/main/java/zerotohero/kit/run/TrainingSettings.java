package zerotohero.kit.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of the makemore lectures' training runs (modules 05 to 07): how many steps, how many
 * examples per minibatch, and a learning rate that drops once, from {@code lr} to {@code decayedLr} at step
 * {@code decayStep}.
 *
 * @param steps how many updates, at least 1
 * @param batchSize examples per minibatch, at least 1
 * @param lr the learning rate of steps 0 to {@code decayStep - 1}
 * @param decayedLr the learning rate from step {@code decayStep} on
 * @param decayStep the first step of the lower rate (0: none of the higher)
 */
public record TrainingSettings(int steps, int batchSize, double lr, double decayedLr, int decayStep) {

    public TrainingSettings {
        if (steps < 1 || batchSize < 1 || decayStep < 0) {
            throw new IllegalArgumentException("need at least 1 step, batches of at least 1 and a decay step of at "
                    + "least 0, got " + steps + " steps of " + batchSize + " with the decay at step " + decayStep);
        }
    }

    /** The lectures' run: 200,000 steps of 32 examples, learning rate 0.1, then 0.01 from step 100,000. */
    public static TrainingSettings lecture() {
        return new TrainingSettings(200_000, 32, 0.1, 0.01, 100_000);
    }

    /** The same schedule over {@code steps} steps, the decay at the same fraction of the run. */
    public TrainingSettings withSteps(int steps) {
        return new TrainingSettings(steps, batchSize, lr, decayedLr, (int) ((long) decayStep * steps / this.steps));
    }

    /** The learning rate of a step, counting from 0: {@code lr} before the decay step, {@code decayedLr} from it. */
    public double learningRate(int step) {
        return step < decayStep ? lr : decayedLr;
    }

    /** The schedule's settings as a results file records them: batchSize, lr, decayedLr, decayStep. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batchSize", batchSize);
        m.put("lr", lr);
        m.put("decayedLr", decayedLr);
        m.put("decayStep", decayStep);
        return m;
    }
}
