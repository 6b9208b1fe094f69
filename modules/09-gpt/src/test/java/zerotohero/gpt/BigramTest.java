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

@Exercise("09.2")
@DisplayName("09.2 Bigram: a lookup table of next-character logits, and generate")
class BigramTest {

    @BeforeAll
    static void warmUp() {
        Fixtures.warmUp();
    }

    @Test
    @Timeout(10)
    @DisplayName("4,225 parameters; the logits at (b, t) are row ids[b][t] of the table")
    void forward() {
        Tensor.manualSeed(1);
        Bigram m = new Bigram(65, 8);
        Expect.equal("parameters", m.parameterCount(), 4225L, "a 65 × 65 table");
        int[][] ids = {{0, 5, 64}, {7, 7, 1}};
        Tensor logits = m.forward(LanguageModel.ids(ids));
        Expect.equal("logits shape", Arrays.toString(logits.shape()), "[2, 3, 65]",
                "(B, T, vocab): one row of logits per input token");
        double[][][] l = Fixtures.cube(logits);
        double[][] table = m.tokenEmbeddingTable.weight.data().toDoubleMatrix();
        for (int b = 0; b < 2; b++) {
            for (int t = 0; t < 3; t++) {
                Expect.close("logits[" + b + "][" + t + "][3]", l[b][t][3], table[ids[b][t]][3], 1e-6,
                        "position (b, t) reads row ids[b][t] of the table");
            }
        }
        Data.Batch batch = Fixtures.data().batch(Data.Split.TRAIN, 4, 8, new Random(0));
        double loss = LanguageModel.loss(m.forward(LanguageModel.ids(batch.x())), batch).item();
        Expect.that(loss > 4.2 && loss < 6.5, "with N(0, 1) logits the first loss is a little above ln 65 ≈ 4.17, got " + loss);
    }

    @Test
    @Timeout(10)
    @DisplayName("generate appends tokens drawn from the last token's row, reproducibly from a seed")
    void generate() {
        Tensor.manualSeed(2);
        Bigram m = new Bigram(65, 8);
        int[] a = m.generate(new int[] {0}, 50, new Random(42));
        int[] b = m.generate(new int[] {0}, 50, new Random(42));
        Expect.equal("length", a.length, 51, "the context (1 token) followed by 50 new ones");
        Expect.equal("first token", a[0], 0, "the output starts with the context");
        Expect.that(Arrays.equals(a, b), "the same seed must give the same text: draw with Sampler.draw(probs, random)");
        Expect.that(!Arrays.equals(a, m.generate(new int[] {0}, 50, new Random(43))), "another seed, another text");
        // make every character followed by (its id + 1) mod 65, almost surely
        double[][] table = new double[65][65];
        for (int i = 0; i < 65; i++) {
            table[i][(i + 1) % 65] = 50;
        }
        m.tokenEmbeddingTable.weight.data().assign(Tensor.of(table).data());
        int[] c = m.generate(new int[] {10, 20}, 5, new Random(1));
        Expect.equal("continuation", Arrays.toString(c), Arrays.toString(new int[] {10, 20, 21, 22, 23, 24, 25}),
                "each new token is drawn from the softmax of the row of the LAST token so far");
    }
}
