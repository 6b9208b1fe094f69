package zerotohero.mlp;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Vocabulary;

@Exercise("05.5")
@DisplayName("05.5 the loss on a whole split")
class EvaluationTest {

    /** Logits ln(p) for every input: the loss of target t is −ln p[t], whatever the context. */
    private static final double[] P = {0.5, 0.25, 0.125, 0.125};

    private static MLP model() {
        double[] bias = new double[P.length];
        for (int i = 0; i < P.length; i++) {
            bias[i] = Math.log(P[i]);
        }
        return Fixtures.constantLogits(2, bias);
    }

    private static Examples targets(int... y) {
        int[][] x = new int[y.length][2];
        for (int i = 0; i < y.length; i++) {
            x[i] = new int[] {i % 4, (i + 1) % 4};
        }
        return new Examples(x, y);
    }

    @Test
    @Timeout(60)
    @DisplayName("the mean of −ln p(target) over every example")
    void meanLoss() {
        double loss = Evaluation.loss(model(), targets(0, 1, 2, 3, 0));
        double expected = -(Math.log(0.5) * 2 + Math.log(0.25) + Math.log(0.125) * 2) / 5;
        Expect.close("loss", loss, expected, 1e-5, "the mean cross-entropy of all examples, not of a minibatch.");
    }

    @Test
    @Timeout(30)
    @DisplayName("a split larger than one chunk: every example counts once, chunks weighted by size")
    void chunks() {
        int n = Evaluation.CHUNK * 2 + 1000;
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i < Evaluation.CHUNK * 2 ? 0 : 3; // the last, short chunk is all class 3
        }
        double loss = Evaluation.loss(model(), targets(y));
        double expected = -(Evaluation.CHUNK * 2 * Math.log(0.5) + 1000 * Math.log(0.125)) / n;
        Expect.close("loss over " + n + " examples", loss, expected, 1e-5,
                "a plain mean of the chunk means gives the short last chunk too much weight.");
    }

    @Test
    @Timeout(30)
    @DisplayName("a split of exactly one chunk is one pass, with no empty chunk after it")
    void exactlyOneChunk() {
        int[] y = new int[Evaluation.CHUNK]; // all class 0
        double loss = Evaluation.loss(model(), targets(y));
        Expect.close("loss over exactly CHUNK = " + Evaluation.CHUNK + " examples", loss, -Math.log(0.5), 1e-5,
                "the chunks start at 0, CHUNK, 2·CHUNK, … while the start is below the size (from < size): a chunk"
                        + " starting at the size itself would be empty, and the mean of nothing is NaN.");
    }

    @Test
    @Timeout(60)
    @DisplayName("loss(model, splits, DEV) is the dev loss, not the train loss")
    void parts() {
        Examples train = targets(0, 0, 0, 0);
        Examples dev = targets(1, 1);
        Examples test = targets(3, 3, 3);
        Splits splits = new Splits(Vocabulary.ofWords(java.util.List.of("abc")), train, dev, test);
        MLP model = model();
        Expect.close("TRAIN", Evaluation.loss(model, splits, Evaluation.Part.TRAIN), -Math.log(0.5), 1e-5, "");
        Expect.close("DEV", Evaluation.loss(model, splits, Evaluation.Part.DEV), -Math.log(0.25), 1e-5,
                "DEV was asked: evaluate splits.dev(). Checking a model on the data it was trained on hides overfitting.");
        Expect.close("TEST", Evaluation.loss(model, splits, Evaluation.Part.TEST), -Math.log(0.125), 1e-5, "");
    }

    @Test
    @Timeout(60)
    @DisplayName("evaluation builds no graph and leaves the gradients alone")
    void noGraph() {
        MLP model = model();
        Evaluation.loss(model, targets(0, 1));
        for (Tensor p : model.parameters()) {
            Expect.that(p.grad() == null, "evaluation must not touch gradients (got one of shape "
                    + Arrays.toString(p.shape()) + ")");
        }
        Expect.that(!model.forward(new int[][] {{0, 0}}).op().isEmpty(), "sanity: forward outside evaluation builds a graph");
    }
}
