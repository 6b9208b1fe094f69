package zerotohero.wavenet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("08.7")
@DisplayName("08.7 the model as a dilated convolution: one pass, every position")
class ConvolutionTest {

    private static Sequential trained(Models.Config config, boolean hierarchical) {
        Tensor.manualSeed(7);
        Sequential model = hierarchical ? Models.hierarchical(config) : Models.flat(config);
        Training.train(model, Fixtures.small(), new Training.Schedule(20, 32, 0.1, 0.01, 15), 7, null);
        model.eval();
        return model;
    }

    private static void sameAsWindows(Sequential model, String name, int block) {
        int[] seq = Convolution.padded(name, Fixtures.data().vocab(), block);
        Tensor windows = Convolution.windows(model, seq, block);
        Tensor pass = Convolution.everyPosition(model, seq);
        Expect.equal("shape for '" + name + "'", Fixtures.shape(pass), Fixtures.shape(windows),
                "one row of logits per position that has a full window: S − blockSize + 1 rows of vocab.");
        double[] w = Fixtures.values(windows);
        double[] p = Fixtures.values(pass);
        for (int i = 0; i < w.length; i++) {
            if (Math.abs(w[i] - p[i]) > 1e-4) {
                int position = i / 27;
                Expect.close("logit " + (i % 27) + " at position " + position + " of '" + name + "'", p[i], w[i], 1e-4,
                        position == 0 ? "even the first position differs: check the order of the slices (oldest "
                                + "first, like FlattenConsecutive) and that the dilation starts at 1."
                                : "the first positions agree but later ones do not: multiply the dilation by n after "
                                + "each FlattenConsecutive (1, 2, 4), and take the slices t − (n−1)·d, …, t.");
            }
        }
    }

    @Test
    @Timeout(120)
    @DisplayName("the hierarchical model: one pass equals the per-window outputs at every position")
    void hierarchical() {
        Sequential model = trained(new Models.Config(27, 8, 10, 16), true);
        for (String name : new String[] {"emma", "alexandrina", "x"}) {
            sameAsWindows(model, name, 8);
        }
    }

    @Test
    @Timeout(120)
    @DisplayName("the flat model too: FlattenConsecutive(8) is one level with kernel 8")
    void flat() {
        Sequential model = trained(new Models.Config(27, 8, 10, 16), false);
        sameAsWindows(model, "olivia", 8);
    }

    @Test
    @Timeout(120)
    @DisplayName("a sequence exactly one context long has one row; a shorter one is refused")
    void shortestSequence() {
        Sequential model = trained(new Models.Config(27, 8, 10, 16), true);
        Expect.equal("padded(\"ava\", 3)", Arrays.toString(Convolution.padded("ava", Fixtures.data().vocab(), 3)),
                "[0, 0, 0, 1, 22, 1]", "");
        Expect.equal("padded(\"\", 2)", Arrays.toString(Convolution.padded("", Fixtures.data().vocab(), 2)), "[0, 0]", "");
        int[] exactlyOne = {0, 0, 0, 0, 0, 13, 1, 24};
        Tensor pass = Convolution.everyPosition(model, exactlyOne);
        Expect.equal("shape for a sequence of exactly blockSize ids", Fixtures.shape(pass), "[1, 27]",
                "the last level has exactly one position left (length 1): that is a full window, not an error.");
        Expect.equal("windows of exactly blockSize ids", Fixtures.shape(Convolution.windows(model, exactlyOne, 8)), "[1, 27]",
                "");
        assertThatThrownBy(() -> Convolution.everyPosition(model, new int[] {0, 0, 0, 0, 0, 13, 1}))
                .as("7 ids cannot fill a context of 8").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Convolution.windows(model, new int[] {0, 0, 0}, 8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pad it");
    }
}
