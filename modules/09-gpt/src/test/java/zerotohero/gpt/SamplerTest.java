package zerotohero.gpt;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("09.9")
@DisplayName("09.9 Sampling: temperature, top-k, and a context cropped to block_size")
class SamplerTest {

    @BeforeAll
    static void warmUp() {
        Fixtures.warmUp();
    }

    @Test
    @Timeout(10)
    @DisplayName("probabilities: softmax of logits / temperature, only the top k kept")
    void probabilities() {
        double[] logits = {2, 1, 0, -1, 3};
        double[] p = Sampler.probabilities(logits, 1.0, 0);
        double z = 0;
        for (double l : logits) {
            z += Math.exp(l);
        }
        Expect.close("p[4] at temperature 1", p[4], Math.exp(3) / z, 1e-9, "a plain softmax when temperature is 1");
        double[] hot = Sampler.probabilities(logits, 2.0, 0);
        double z2 = 0;
        for (double l : logits) {
            z2 += Math.exp(l / 2);
        }
        Expect.close("p[4] at temperature 2", hot[4], Math.exp(1.5) / z2, 1e-9,
                "divide the logits by the temperature before the softmax: above 1 flattens the distribution");
        double[] top = Sampler.probabilities(logits, 1.0, 2);
        Expect.close("p[2] with top-2", top[2], 0, 0, "top-k keeps only the k largest logits; the rest get probability 0");
        Expect.close("p[4] with top-2", top[4], Math.exp(3) / (Math.exp(3) + Math.exp(2)), 1e-9,
                "the k kept are renormalised to sum to 1");
        double[] large = Sampler.probabilities(new double[] {10, 9.99, 0}, 0.01, 0);   // logits / T of 1000, 999, 0
        Expect.close("p[0] for logits 10, 9.99, 0 at temperature 0.01", large[0], 1 / (1 + Math.exp(-1)), 1e-9,
                "subtract the largest logit before exp, as a softmax does: divided by a low temperature the logits "
                        + "reach 1000, exp(1000) overflows to ∞ and ∞ / ∞ is NaN");
    }

    @Test
    @Timeout(10)
    @DisplayName("generate is reproducible from a seed and works with a prompt longer than block_size")
    void generate() {
        Tensor.manualSeed(61);
        GPT m = new GPT(Fixtures.tiny());
        int[] prompt = Fixtures.tokens(61, 1, 20, 65)[0];   // 20 tokens, block_size 8
        int[] a;
        try {
            a = Sampler.generate(m, prompt, 10, 1.0, 0, new Random(5));
        } catch (IllegalArgumentException e) {
            throw new AssertionError("a prompt of 20 tokens with block_size 8 failed (" + e.getMessage()
                    + "): crop the context to its last block_size tokens before each forward pass", e);
        }
        Expect.equal("length", a.length, 30, "the prompt followed by 10 new tokens");
        Expect.that(Arrays.equals(Arrays.copyOf(a, 20), prompt), "the output starts with the prompt, unchanged");
        int[] b = Sampler.generate(m, prompt, 10, 1.0, 0, new Random(5));
        Expect.that(Arrays.equals(a, b), "the same seed must give the same tokens: draw with Sampler.draw(p, random)");
        Expect.that(m.isTraining(), "sampling runs in eval mode, and the model is back in training mode afterwards");
    }

    @Test
    @Timeout(10)
    @DisplayName("the next token depends on the last block_size tokens only, and top-k 1 is greedy")
    void cropAndGreedy() {
        Tensor.manualSeed(63);
        GPT m = new GPT(Fixtures.tiny());
        int[] prompt = Fixtures.tokens(63, 1, 12, 65)[0];
        int[] other = prompt.clone();
        other[0] = (other[0] + 1) % 65;                          // differs only before the last 8 tokens
        int[] a = Sampler.generate(m, prompt, 1, 1.0, 1, new Random(1));
        int[] b = Sampler.generate(m, other, 1, 1.0, 1, new Random(1));
        Expect.equal("next token", a[12], b[12], "only the last block_size tokens are the context");
        double[][] logits = Fixtures.cube(m.forward(LanguageModel.ids(new int[][] {Arrays.copyOfRange(prompt, 4, 12)})))[0];
        int best = 0;
        for (int v = 1; v < 65; v++) {
            if (logits[7][v] > logits[7][best]) {
                best = v;
            }
        }
        Expect.equal("top-k 1 picks", a[12], best,
                "with top_k = 1 only the largest logit at the LAST position of the cropped context survives");
    }

    @Test
    @Timeout(10)
    @DisplayName("a low temperature concentrates the samples")
    void temperature() {
        Tensor.manualSeed(65);
        GPT m = new GPT(Fixtures.tiny());
        double[] bias = new double[65];
        for (int v = 0; v < 65; v++) {
            bias[v] = v / 128.0;                         // 0 to 0.5, and one token a clear favourite
        }
        bias[7] = 1.5;
        m.lmHead.bias.data().assign(Tensor.of(bias).data());
        int[] cold = Sampler.generate(m, new int[] {0}, 30, 0.1, 0, new Random(9));
        int[] warm = Sampler.generate(m, new int[] {0}, 30, 3.0, 0, new Random(9));
        long coldDistinct = Arrays.stream(cold, 1, 31).distinct().count();
        long warmDistinct = Arrays.stream(warm, 1, 31).distinct().count();
        Expect.that(coldDistinct <= 2 && warmDistinct > 5, "at temperature 0.1 the samples should be (nearly) always "
                + "the most likely token, at 3.0 varied; got " + coldDistinct + " and " + warmDistinct
                + " distinct tokens: divide the logits by the temperature");
    }
}
