package zerotohero.bigram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.data.PythonRandom;

@Exercise("04.4")
@DisplayName("04.4 sampling: a multinomial draw and a name generator")
class SamplingTest {

    /** A "generator" that hands out the given numbers in order, to test the rule exactly. */
    private static DoubleSupplier script(double... us) {
        Iterator<Double> it = DoubleStream.of(us).boxed().iterator();
        return () -> {
            if (!it.hasNext()) {
                throw new AssertionError("more uniform numbers were drawn than expected: one per draw");
            }
            return it.next();
        };
    }

    @Test
    @DisplayName("draw inverts the cumulative distribution: p = [0.5, 0.25, 0.25]")
    void inverseCdf() {
        double[] p = {0.5, 0.25, 0.25};
        double[][] cases = {{0.0, 0}, {0.49, 0}, {0.5, 1}, {0.74, 1}, {0.75, 2}, {0.999, 2}};
        for (double[] c : cases) {
            Expect.equal("draw([0.5, 0.25, 0.25]) with u = " + c[0], Multinomial.draw(p, script(c[0])), (int) c[1],
                    "return the first i with u·total < p[0] + … + p[i]: [0, 0.5) → 0, [0.5, 0.75) → 1, "
                            + "[0.75, 1) → 2. Use exactly one uniform number per draw.");
        }
    }

    @Test
    @DisplayName("weights need not sum to 1: u is scaled by their total")
    void unnormalised() {
        double[] counts = {2, 0, 6};
        Expect.equal("draw([2, 0, 6]) with u = 0.2", Multinomial.draw(counts, script(0.2)), 0,
                "u·total = 1.6 < 2.");
        Expect.equal("draw([2, 0, 6]) with u = 0.25", Multinomial.draw(counts, script(0.25)), 2,
                "u·total = 2 is not < 2, and index 1 has weight 0, so the answer is 2.");
    }

    @Test
    @DisplayName("an outcome of probability 0 is never drawn, even when rounding leaves u past the last sum")
    void zeroNeverDrawn() {
        double[] p = {0.1, 0.2, 0.3, 0.0};
        Expect.equal("draw([0.1, 0.2, 0.3, 0]) with u just below 1", Multinomial.draw(p, script(Math.nextDown(1.0))),
                2, "the last outcome has probability 0 and must never be returned.");
        // A generator that returns 1.0 (or rounding that leaves u·total at the total) finds no running sum
        // above it: the answer is then the last outcome that can happen, not simply the last index.
        Expect.equal("draw([0.1, 0.2, 0.3, 0]) with u = 1.0", Multinomial.draw(p, script(1.0)), 2,
                "when no running sum exceeds u·total, fall back to the last i with p[i] > 0.");
        assertThatThrownBy(() -> Multinomial.draw(new double[] {0, 0}, script(0.5)))
                .as("draw from all-zero weights").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Multinomial.draw(new double[] {0.5, -0.5, 1}, script(0.5)))
                .as("draw with a negative weight").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("100,000 draws from [0.6, 0.3, 0.1] with java.util.Random(0) land in proportion")
    void frequencies() {
        double[] p = {0.6, 0.3, 0.1};
        Random random = new Random(0);
        int[] hits = new int[3];
        for (int k = 0; k < 100_000; k++) {
            hits[Multinomial.draw(p, random::nextDouble)]++;
        }
        for (int i = 0; i < 3; i++) {
            Expect.close("share of outcome " + i, hits[i] / 100_000.0, p[i], 0.01,
                    "each outcome should come up about p[i] of the time.");
        }
    }

    @Test
    @DisplayName("a model that can only say \"ab\" says \"ab\"")
    void deterministicModel() {
        Vocabulary abc = new Vocabulary(".ab");
        double[][] p = {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}};   // . → a → b → .
        BigramModel model = new BigramModel(abc, p);
        Expect.equal("sample", model.sample(new Random(1)::nextDouble), "ab",
                "start at '.', draw from the current character's row, stop at '.', and leave the dots out.");
    }

    @Test
    @DisplayName("sample uses one uniform number per character, the end included")
    void oneNumberPerCharacter() {
        Vocabulary abc = new Vocabulary(".ab");
        double[][] p = {{0, 0.5, 0.5}, {0.5, 0.5, 0}, {0.5, 0, 0.5}};
        BigramModel model = new BigramModel(abc, p);
        // . →(0.7) b →(0.9) b →(0.1) .     then . →(0.2) a →(0.6) a →(0.3) .
        DoubleSupplier us = script(0.7, 0.9, 0.1, 0.2, 0.6, 0.3);
        Expect.equal("first sample", model.sample(us), "bb", "row '.' is [0, 0.5, 0.5]: u = 0.7 gives b, ...");
        Expect.equal("second sample", model.sample(us), "aa", "each call starts again at '.'.");
    }

    @Test
    @DisplayName("names.txt, +1 smoothing, PythonRandom(2147483647): the lesson's names, reproducibly")
    void reproducibleNames() {
        BigramModel model = new BigramModel(Names.vocab(), CountsFixture.probabilities(1));
        PythonRandom random = new PythonRandom(2147483647L);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            names.add(model.sample(random::random));
        }
        assertThat(names).as("five names sampled with PythonRandom(2147483647) (see the lesson): draw with "
                + "Multinomial.draw from the row of the current character, one random() per character")
                .containsExactly("erauirabenerey", "o", "ki", "r", "mi");
    }

    @Test
    @DisplayName("sampled names are as long as real ones on average (6.12 letters)")
    void averageLength() {
        BigramModel model = new BigramModel(Names.vocab(), CountsFixture.probabilities(0));
        Random random = new Random(7);
        long letters = 0;
        int n = 4000;
        for (int i = 0; i < n; i++) {
            letters += model.sample(random::nextDouble).length();
        }
        // The counts are a closed flow (every letter is entered as often as it is left), so the expected
        // length of a sample equals the average length in the data: 196,113 / 32,033 = 6.122.
        // Lengths vary a lot (a few names run past 20 letters), hence the generous tolerance.
        Expect.close("average length of 4000 samples", letters / (double) n, 196_113.0 / 32_033, 0.5,
                "sample from the ROW of the current character (P[current]), and stop at '.'.");
    }
}
