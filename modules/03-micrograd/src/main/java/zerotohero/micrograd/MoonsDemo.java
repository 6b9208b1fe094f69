package zerotohero.micrograd;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains MLP(2, [16, 16, 1]) on 100 two-moons points for 100 full-batch steps and prints the loss, the
 * accuracy and the wall time. Run it with {@code ./mvnw -q -pl modules/03-micrograd -am compile exec:java}.
 */
public final class MoonsDemo {

    /** The points' seed and the weights' seed; the demo prints the same numbers on every run. */
    static final long DATA_SEED = 1;
    static final long MODEL_SEED = 1337;

    private MoonsDemo() {
    }

    public static void main(String[] args) {
        Moons data = Moons.generate(100, 0.1, DATA_SEED);
        MLP model = new MLP(2, List.of(16, 16, 1), new Random(MODEL_SEED));
        System.out.printf("MLP(2, [16, 16, 1]) with %d parameters, %d points%n", model.parameters().size(), data.size());

        long start = System.nanoTime();
        List<Training.Step> history = Training.train(model, data, 100);
        double seconds = (System.nanoTime() - start) / 1e9;

        for (Training.Step s : history) {
            if (s.k() % 10 == 0 || s.k() == history.size() - 1) {
                System.out.printf(Locale.ROOT, "step %3d  loss %.6f  accuracy %.0f%%%n", s.k(), s.loss(), 100 * s.accuracy());
            }
        }
        Training.Score last = Training.svmLoss(model, data, Training.ALPHA);
        System.out.printf(Locale.ROOT, "after %d steps: loss %.6f, accuracy %.0f%%, wall time %.3f s%n",
                history.size(), last.loss().data(), 100 * last.accuracy(), seconds);
    }
}
