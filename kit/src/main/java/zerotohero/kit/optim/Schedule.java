package zerotohero.kit.optim;

/**
 * A learning rate as a function of the step number (0-based). Set it before each step:
 * {@code optimizer.lr = schedule.at(step)}.
 */
public interface Schedule {

    double at(int step);

    /** The same rate throughout. */
    record Constant(double lr) implements Schedule {
        @Override
        public double at(int step) {
            return lr;
        }
    }

    /**
     * Multiplies the rate by {@code gamma} every {@code every} steps. The lectures' "0.1, then 0.01 from
     * step 100,000" is {@code new StepDecay(0.1, 100_000, 0.1)} over 200,000 steps.
     */
    record StepDecay(double lr, int every, double gamma) implements Schedule {
        @Override
        public double at(int step) {
            return lr * Math.pow(gamma, step / every);
        }
    }

    /**
     * nanoGPT's schedule: a linear warm-up from 0 to {@code maxLr} over {@code warmup} steps, then half a
     * cosine down to {@code minLr} at step {@code decaySteps}, and {@code minLr} after that.
     */
    record WarmupCosine(double maxLr, double minLr, int warmup, int decaySteps) implements Schedule {
        @Override
        public double at(int step) {
            if (step < warmup) {
                return maxLr * (step + 1) / warmup;
            }
            if (step > decaySteps) {
                return minLr;
            }
            double progress = (double) (step - warmup) / (decaySteps - warmup);
            return minLr + 0.5 * (1 + Math.cos(Math.PI * progress)) * (maxLr - minLr);
        }
    }
}
