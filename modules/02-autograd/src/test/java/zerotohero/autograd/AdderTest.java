package zerotohero.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("02.6")
@DisplayName("02.6 the adder: a linear network that memorises one sum, then learns addition from many")
class AdderTest {

    @BeforeAll
    static void oneThread() {
        SmallArrays.oneThread();
    }

    @Test
    @DisplayName("the seed fixes the initial weights: two untrained adders from the same seed answer alike")
    void seedFixesTheNetwork() {
        double first = new Adder(AdderDefaults.SEED).add(30, 70);
        double second = new Adder(AdderDefaults.SEED).add(30, 70);
        Expect.close("30 + 70 from a second untrained adder of seed " + AdderDefaults.SEED, second, first, 0,
                "the constructor seeds kit's generator (Tensor.manualSeed) before making the layers, so a run can be"
                        + " repeated exactly: keep that call first.");
    }

    @Test
    @Timeout(60)
    @DisplayName("trained on 30 + 70 alone it answers 100 there, but not for 70 + 30: it memorised, it did not learn")
    void oneExampleIsMemorised() {
        Adder adder = new Adder(AdderDefaults.SEED);
        List<Double> losses = adder.train(new double[][] {{30, 70}}, AdderDefaults.ONE_STEPS, AdderDefaults.ONE_LR);
        assertThat(losses).as("one loss per step").hasSize(AdderDefaults.ONE_STEPS);
        Expect.close("30 + 70 after training on it", adder.add(30, 70), 100, 0.5,
                "train with MSE and Adam on (a, b)/1000 with target (a + b)/1000, and scale the answer back by 1000.");
        double swapped = adder.add(70, 30);
        Expect.that(Math.abs(swapped - 100) > 5, "70 + 30 came out as " + swapped + ", within 5 of 100. Trained on one "
                + "example from seed " + AdderDefaults.SEED + ", the reference network answers about "
                + "−52 there: check that you train on the pairs you are given and nothing else.");
    }

    @Test
    @Timeout(60)
    @DisplayName("trained on 10,000 pairs from [−500, 500] it adds: 30+70, 70+30, 130+(−30), 3+7 and 33+7 within 0.5")
    void manyExamplesGeneralise() {
        Adder adder = new Adder(AdderDefaults.SEED);
        double[][] pairs = Adder.randomPairs(10_000, -500, 500, 1);
        List<Double> losses = adder.train(pairs, AdderDefaults.MANY_STEPS, AdderDefaults.MANY_LR);
        Expect.that(losses.get(losses.size() - 1) < losses.get(0), "the loss did not fall: " + losses.get(0) + " → "
                + losses.get(losses.size() - 1));
        double[][] queries = {{30, 70}, {70, 30}, {130, -30}, {3, 7}, {33, 7}};
        for (double[] q : queries) {
            Expect.close(q[0] + " + " + q[1], adder.add(q[0], q[1]), q[0] + q[1], 0.5,
                    "with many different pairs the only linear function that fits them all is a + b.");
        }
    }
}
