package zerotohero.gpt;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;

@Exercise("09.7")
@DisplayName("09.7 GPT: embeddings, blocks, final norm and head; its parameter count")
class GPTTest {

    @BeforeAll
    static void warmUp() {
        Fixtures.warmUp();
    }

    @Test
    @Timeout(10)
    @DisplayName("the lecture's model has 10,788,929 parameters; the count matches real models")
    void parameterCount() {
        Expect.equal("parameters of the lecture's GPT (n_embd 384, 6 heads, 6 layers, block 256)",
                GPT.countParameters(Config.lecture(65)), 10_788_929L,
                "count: token table V·C, position table T·C, per block 3·C² (key, query, value, no bias) + C² + C "
                        + "(projection) + 4C² + 4C and 4C² + C (feed-forward) + 4C (two layer norms), then 2C (ln_f) "
                        + "and C·V + V (lm_head)");
        Expect.equal("parameters of the baby GPT", GPT.countParameters(Config.baby(65)), 816_705L, "");
        for (Config c : new Config[] {Fixtures.tiny(), new Config(30, 5, 12, 3, 3, 0.1)}) {
            Tensor.manualSeed(1);
            Expect.equal("countParameters(" + c + ")", GPT.countParameters(c), new GPT(c).parameterCount(),
                    "the formula must agree with the parameters the model really has");
        }
    }

    @Test
    @Timeout(10)
    @DisplayName("ids (B, T) give logits (B, T, vocab); the first loss is near ln 65")
    void forward() {
        Tensor.manualSeed(41);
        GPT m = new GPT(Fixtures.tiny());
        Data.Batch b = Fixtures.data().batch(Data.Split.TRAIN, 4, 8, new Random(41));
        Tensor logits = m.forward(LanguageModel.ids(b.x()));
        Expect.equal("logits shape", Arrays.toString(logits.shape()), "[4, 8, 65]", "(B, T, vocab_size)");
        double loss = LanguageModel.loss(logits, b).item();
        Expect.close("loss at initialisation", loss, Math.log(65), 0.1,
                "with small N(0, 0.02) weights every prediction starts near uniform, ln 65 ≈ 4.17");
        Tensor shorter = m.forward(LanguageModel.ids(new int[][] {{1, 2, 3}}));
        Expect.equal("logits shape for T = 3", Arrays.toString(shorter.shape()), "[1, 3, 65]",
                "a context shorter than block_size works: position embeddings of 0..T−1 only");
        assertThatThrownBy(() -> m.forward(LanguageModel.ids(Fixtures.tokens(1, 1, 9, 65))))
                .as("a context longer than block_size").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("block_size");
    }

    @Test
    @Timeout(10)
    @DisplayName("the whole model is causal: changing token t changes no logit before t")
    void causal() {
        Tensor.manualSeed(43);
        GPT m = new GPT(Fixtures.tiny());
        int[][] ids = Fixtures.tokens(43, 1, 8, 65);
        try (NoGrad scope = NoGrad.enter()) {
            double[][] before = Fixtures.cube(m.forward(LanguageModel.ids(ids)))[0];
            for (int t = 1; t < 8; t++) {
                int[][] changed = {ids[0].clone()};
                changed[0][t] = (changed[0][t] + 7) % 65;
                double[][] after = Fixtures.cube(m.forward(LanguageModel.ids(changed)))[0];
                for (int s = 0; s < t; s++) {
                    for (int v = 0; v < 65; v += 8) {
                        Expect.close("logit[" + s + "][" + v + "] after changing token " + t, after[s][v], before[s][v],
                                1e-6, "information from a later token reached position " + s
                                        + ": check the mask of every head (it must hide s > t)");
                    }
                }
                Expect.that(Math.abs(after[t][0] - before[t][0]) + Math.abs(after[t][1] - before[t][1]) > 0,
                        "the logits at the changed position itself must change");
            }
        }
        for (int layer = 0; layer < 2; layer++) {
            for (int head = 0; head < 2; head++) {
                double[][] w = Fixtures.cube(m.block(layer).sa.head(head).weights)[0];
                for (int t = 0; t < 8; t++) {
                    for (int s = t + 1; s < 8; s++) {
                        Expect.close("block " + layer + ", head " + head + ": weight of position " + t + " for " + s,
                                w[t][s], 0, 0, "every head of every block attends to positions s ≤ t only");
                    }
                }
            }
        }
    }

    @Test
    @Timeout(10)
    @DisplayName("the position embedding matters: the same token at two positions gets different logits")
    void positions() {
        Tensor.manualSeed(45);
        GPT m = new GPT(Fixtures.tiny());
        double[][] l = Fixtures.cube(m.forward(LanguageModel.ids(new int[][] {{7, 7, 7, 7}})))[0];
        Expect.that(Math.abs(l[0][0] - l[3][0]) + Math.abs(l[0][1] - l[3][1]) > 1e-6,
                "add the position embeddings of 0..T−1 to the token embeddings");
    }
}
