package zerotohero.bigram;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("04.7")
@DisplayName("04.7 training the neural bigram by gradient descent")
class TrainingTest {

    @Test
    @DisplayName("three steps on four bigrams match gradient descent done by hand")
    void threeStepsByHand() {
        double[][] w = NeuralBigramTest.W;
        NeuralBigram model = new NeuralBigram(w);
        Bigrams.Examples data = new Bigrams.Examples(NeuralBigramTest.XS, NeuralBigramTest.YS);
        double lr = 0.5;
        double[] losses = model.train(data, 3, lr);
        Expect.equal("number of losses returned", losses.length, 3, "one loss per step.");
        double[][] expected = w;
        for (int k = 0; k < 3; k++) {
            Expect.close("loss at step " + k, losses[k], Reference.loss(expected, data.xs(), data.ys()), 1e-5,
                    k == 0 ? "record the loss before the step's update."
                            : "if step 0 was right and this is not: clear W's gradient (zeroGrad) before each "
                                    + "backward(), or the gradients of earlier steps pile up.");
            expected = Reference.step(expected, data.xs(), data.ys(), lr);
        }
        double[][] got = model.weights().data().toDoubleMatrix();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                Expect.close("W[" + r + "][" + c + "] after 3 steps", got[r][c], expected[r][c], 1e-5,
                        "each step: W ← W − lr·grad, on W's own data (in place), with lr as given.");
            }
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("every 16th bigram of names.txt, lr 50: ≈3.77 at step 0, ≈2.49 at step 100, approaching the counts")
    void namesConverge() {
        // A sixteenth of the bigrams keeps the test to seconds; their mix of pairs is nearly that of all of them,
        // so the lecture's numbers (full data) still hold within the tolerance. The full run is in Figures.
        Bigrams.Examples data = CountsFixture.everySixteenth();
        NeuralBigram model = new NeuralBigram(27, 42);
        double[][] counts = CountsFixture.probabilities(1);
        double before = Distance.rows(model.probabilities(), counts);

        double[] losses = model.train(data, 101, NeuralBigram.LEARNING_RATE);

        Expect.that(losses[0] > 3.6 && losses[0] < 4.0, "loss at step 0 should be about 3.77; got " + losses[0]);
        for (int k = 1; k < losses.length; k++) {
            Expect.that(losses[k] < losses[k - 1], "with lr 50 the full-batch loss falls at every step, but step "
                    + k + " gave " + losses[k] + " after " + losses[k - 1] + ": is the update W −= lr·grad "
                    + "(minus, not plus), and the gradient cleared each step?");
        }
        Expect.close("loss at step 100", losses[100], 2.49, 0.03,
                "the lecture reaches ≈2.49 after 100 steps of lr 50 (its initial W differs, hence the tolerance).");
        double nll = model.nll(CountsFixture.examples());
        Expect.close("NLL of the trained net on all bigrams vs. the counts with +1 smoothing (2.4546)", nll, 2.454577, 0.05,
                "the net minimises the same NLL as counting; after 100 steps it should be within 0.05.");
        double after = Distance.rows(model.probabilities(), counts);
        Expect.that(after < before / 2, "softmax(W) should move towards the count probabilities: the largest "
                + "row distance went from " + before + " to " + after + ".");
    }
}
