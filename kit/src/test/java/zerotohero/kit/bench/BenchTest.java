package zerotohero.kit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import zerotohero.kit.NativeSettingsExtension;
import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Embedding;

/**
 * What the benchmark promises, on a few steps: it runs both workloads (makemore's MLP and the baby GPT),
 * reports positive, finite times, and times the training itself: the loss it reports is the loss of the
 * same workload stepped by hand, without the harness. How fast the steps are is the command's business.
 */
@ExtendWith(NativeSettingsExtension.class)
class BenchTest {

    @Test
    void bothWorkloadsReportPositiveFiniteTimesAndTheLossOfTheTrainingItself() {
        for (String name : new String[] {"mlp", "gpt"}) {
            int warmup = 1;
            int steps = 1;
            int runs = 2;
            Bench.Timing timing = Bench.time(Bench.workload(name, new Random(1)), warmup, 0, steps, runs);
            assertThat(timing.wallMs()).as(name + " wall ms").hasSize(runs);
            assertThat(timing.cpuMs()).as(name + " CPU ms").hasSize(runs);
            for (int r = 0; r < runs; r++) {
                assertThat(timing.wallMs()[r]).as(name + " wall ms").isPositive().isFinite();
                assertThat(timing.cpuMs()[r]).as(name + " CPU ms").isPositive().isFinite();
            }

            Bench.Workload byHand = Bench.workload(name, new Random(1));
            double loss = Double.NaN;
            for (int i = 0; i < warmup + steps * runs; i++) {
                loss = byHand.step();
            }
            assertThat(loss).as(name + " loss").isFinite().isPositive();
            assertThat(timing.lastLoss()).as(name + " loss under the harness").isEqualTo(loss);
        }
        assertThatThrownBy(() -> Bench.workload("cnn", new Random(1))).hasMessageContaining("unknown workload");
    }

    @Test
    void theMainPrintsTheMedianAndTheLoss() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Bench.main(new String[] {"mlp", "1", "1"});
        } finally {
            System.setOut(original);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .matches("(?s)mlp: median [0-9.,]+ ms/step wall, .* over 1 runs of 1 steps .*last loss [0-9.,]+\\R");
    }

    @Test
    void babyGptHasNanoGptsShapes() {
        Tensor.manualSeed(1);
        BabyGpt gpt = new BabyGpt(new BabyGpt.Config(65, 8, 2, 2, 16, 0.1));
        Tensor ids = Embedding.ids(new int[][] {{1, 2, 3, 4}, {5, 6, 7, 8}});
        assertThat(gpt.forward(ids).shape()).containsExactly(2, 4, 65);
        assertThat(gpt.config().heads()).isEqualTo(2);
        // causality: changing a later token leaves earlier logits alone
        gpt.eval();
        Tensor a = gpt.forward(Embedding.ids(new int[][] {{1, 2, 3, 4}}));
        Tensor b = gpt.forward(Embedding.ids(new int[][] {{1, 2, 3, 9}}));
        assertThat(a.slice(1, 0, 3).sub(b.slice(1, 0, 3)).data().amaxNumber().doubleValue()).isLessThan(1e-5);
        assertThat(a.slice(1, 3, 4).sub(b.slice(1, 3, 4)).data().amaxNumber().doubleValue()).isGreaterThan(1e-4);
        assertThatThrownBy(() -> new BabyGpt.Block(gpt.config()).forward(Tensor.zeros(1, 1, 16)))
                .hasMessageContaining("causal mask");
    }
}
