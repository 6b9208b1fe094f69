package zerotohero.wavenet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("08.1")
@DisplayName("08.1 Embedding: a row of the table for every id")
class EmbeddingTest {

    @Test
    @Timeout(60)
    @DisplayName("(B, T) ids give (B, T, dim): the table's row for each id")
    void looksUpRows() {
        Tensor.manualSeed(3);
        Embedding emb = new Embedding(27, 4);
        int[][] ids = {{0, 0, 5}, {0, 5, 13}};
        Tensor out = emb.forward(Embedding.ids(ids));
        Expect.equal("shape of the output", Fixtures.shape(out), "[2, 3, 4]",
                "one vector of dim numbers per id: the ids' shape (B, T) plus a last dimension of size dim.");
        double[][] table = emb.weight.data().toDoubleMatrix();
        double[] v = Fixtures.values(out);
        for (int b = 0; b < 2; b++) {
            for (int t = 0; t < 3; t++) {
                for (int k = 0; k < 4; k++) {
                    Expect.close("out[" + b + "][" + t + "][" + k + "]", v[(b * 3 + t) * 4 + k], table[ids[b][t]][k], 1e-6,
                            "position (b, t) holds row ids[b][t] of the table, in the order of the ids.");
                }
            }
        }
        Expect.equal("parameterCount()", emb.parameterCount(), 108L, "the (27, 4) table is the only parameter.");
    }

    @Test
    @Timeout(60)
    @DisplayName("backward adds every use's gradient into its row (an id seen three times gets three)")
    void gradientAccumulates() {
        Tensor.manualSeed(3);
        Embedding emb = new Embedding(27, 4);
        emb.forward(Embedding.ids(new int[][] {{0, 0, 5}, {0, 5, 13}})).sum().backward();
        Expect.that(emb.weight.grad() != null, "the output must be in the graph of the table: look the rows up "
                + "with a tensor op (weight.rows(...)), not by copying numbers out.");
        double[][] g = emb.weight.grad().toDoubleMatrix();
        Expect.close("grad of row 0 (id 0 used 3 times)", g[0][0], 3, 1e-6,
                "a repeated id must add up its gradients (kit's rows(...) does that).");
        Expect.close("grad of row 5 (used twice)", g[5][1], 2, 1e-6, "");
        Expect.close("grad of row 1 (never used)", g[1][2], 0, 1e-6, "");
    }
}
