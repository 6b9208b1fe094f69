package zerotohero.kit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import zerotohero.kit.NativeSettingsExtension;
import zerotohero.kit.Tensor;

/** The benchmark's workloads run and learn; their speed is measured by the command, not by tests. */
@ExtendWith(NativeSettingsExtension.class)
class BenchTest {

    @Test
    void bothWorkloadsRunATimedStep() {
        for (String name : new String[] {"mlp", "gpt"}) {
            double[][] ms = Bench.time(Bench.workload(name, new Random(1)), 1, 0, 1, 1);
            assertThat(ms[0][0]).as(name).isPositive();
        }
        assertThatThrownBy(() -> Bench.workload("cnn", new Random(1))).hasMessageContaining("unknown workload");
    }

    @Test
    void theMainPrintsAMedian() {
        Bench.main(new String[] {"mlp", "1", "1"});
    }

    @Test
    void babyGptHasNanoGptsShapes() {
        Tensor.manualSeed(1);
        BabyGpt gpt = new BabyGpt(new BabyGpt.Config(65, 8, 2, 2, 16, 0.1));
        Tensor ids = zerotohero.kit.nn.Embedding.ids(new int[][] {{1, 2, 3, 4}, {5, 6, 7, 8}});
        assertThat(gpt.forward(ids).shape()).containsExactly(2, 4, 65);
        assertThat(gpt.config().heads()).isEqualTo(2);
        // causality: changing a later token leaves earlier logits alone
        gpt.eval();
        Tensor a = gpt.forward(zerotohero.kit.nn.Embedding.ids(new int[][] {{1, 2, 3, 4}}));
        Tensor b = gpt.forward(zerotohero.kit.nn.Embedding.ids(new int[][] {{1, 2, 3, 9}}));
        assertThat(a.slice(1, 0, 3).sub(b.slice(1, 0, 3)).data().amaxNumber().doubleValue()).isLessThan(1e-5);
        assertThat(a.slice(1, 3, 4).sub(b.slice(1, 3, 4)).data().amaxNumber().doubleValue()).isGreaterThan(1e-4);
        assertThatThrownBy(() -> new BabyGpt.Block(gpt.config()).forward(Tensor.zeros(1, 1, 16)))
                .hasMessageContaining("causal mask");
    }
}
