package zerotohero.bigram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("04.6")
@DisplayName("04.6 the neural bigram: logits, softmax, loss with regularisation")
class NeuralBigramTest {

    static final double[][] W = {{0.5, -1.0, 2.0}, {1.5, 0.0, -0.5}, {-2.0, 1.0, 0.25}};
    static final int[] XS = {0, 1, 1, 2};
    static final int[] YS = {1, 0, 2, 0};

    @Test
    @DisplayName("logits(xs) = one-hot(xs) · W: row xs[i] of W, shape (n, 3)")
    void logits() {
        NeuralBigram model = new NeuralBigram(W);
        Tensor logits = model.logits(XS);
        assertThat(logits.shape()).as("shape of logits(xs) for 4 inputs and 3 symbols").containsExactly(4, 3);
        double[][] got = logits.data().toDoubleMatrix();
        for (int i = 0; i < XS.length; i++) {
            for (int j = 0; j < 3; j++) {
                Expect.close("logits[" + i + "][" + j + "]", got[i][j], W[XS[i]][j], 1e-6,
                        "a one-hot row times W picks the row of W of the input character (one-hot(xs).matmul(W) "
                                + "or W.rows(xs)); using W's column, or W·one-hot, gives the transpose.");
            }
        }
        double[][] viaOneHot = NeuralBigram.oneHot(XS, 3).matmul(model.weights()).data().toDoubleMatrix();
        assertThat(NeuralBigram.oneHot(XS, 3).data().toDoubleMatrix()).as("oneHot({0, 1, 1, 2}, 3): a single 1 per row")
                .isEqualTo(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 1, 0}, {0, 0, 1}});
        for (int i = 0; i < XS.length; i++) {
            for (int j = 0; j < 3; j++) {
                Expect.close("(one-hot(xs) · W)[" + i + "][" + j + "] against logits", viaOneHot[i][j], got[i][j], 1e-6,
                        "multiplying by a one-hot row picks a row of W: both ways give the same logits.");
            }
        }
        Expect.that(logits.requiresGrad(), "logits must be computed from the weights tensor with kit ops, so that "
                + "the loss can backpropagate into W.");
    }

    @Test
    @DisplayName("the loss by hand: mean NLL of the targets under softmax, plus 0.01·mean(W²)")
    void lossByHand() {
        NeuralBigram model = new NeuralBigram(W);
        Expect.close("loss", model.loss(XS, YS).item(), Reference.loss(W, XS, YS), 1e-5,
                "loss = −mean over i of log softmax(W[xs[i]])[ys[i]], plus 0.01·mean of all 9 squared weights.");
    }

    @Test
    @DisplayName("the regulariser is 0.01·mean(W²): with W = 2 everywhere the loss is ln 3 + 0.04")
    void regulariser() {
        double[][] twos = {{2, 2, 2}, {2, 2, 2}, {2, 2, 2}};
        double loss = new NeuralBigram(twos).loss(XS, YS).item();
        Expect.close("loss with W = 2 everywhere", loss, Math.log(3) + 0.04, 1e-5,
                "equal logits give probability 1/3 to everything (NLL ln 3 = 1.0986); the penalty is "
                        + "0.01·mean(W²) = 0.01·4 = 0.04. 0.36 more means sum instead of mean; ln 3 alone means "
                        + "the penalty is missing.");
    }

    @Test
    @DisplayName("backward() gives the gradient of the whole loss: (softmax − one-hot)/n per row, plus 0.02·W/9")
    void gradient() {
        NeuralBigram model = new NeuralBigram(W);
        Tensor loss = model.loss(XS, YS);
        loss.backward();
        Expect.that(model.weights().grad() != null, "W has no gradient after loss.backward(): build the loss "
                + "from the weights tensor with kit ops (no .data() detours, no doubles).");
        double[][] got = model.weights().grad().toDoubleMatrix();
        double[][] expected = Reference.gradient(W, XS, YS);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                Expect.close("dloss/dW[" + i + "][" + j + "]", got[i][j], expected[i][j], 1e-5,
                        "the loss must be one graph from W to the number: cross-entropy (or −log of softmax at "
                                + "the targets, averaged) plus 0.01·mean(W²).");
            }
        }
    }

    @Test
    @DisplayName("names.txt at initialisation (W ~ N(0, 1), seed 42): loss between 3.6 and 4.0 (lecture ≈3.77)")
    void initialLoss() {
        NeuralBigram model = new NeuralBigram(27, 42);
        Bigrams.Examples data = CountsFixture.examples();
        double loss = model.loss(data.xs(), data.ys()).item();
        Expect.that(loss > 3.6 && loss < 4.0, "the loss of random weights on all 228,146 bigrams should be "
                + "about 3.77 (the lecture's, with another generator); got " + loss + ". Near 3.30 means the "
                + "logits are all equal; far above 4 usually means the targets or rows are mixed up.");
    }
}
