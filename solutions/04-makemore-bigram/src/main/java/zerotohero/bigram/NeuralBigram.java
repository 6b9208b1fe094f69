package zerotohero.bigram;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;

/**
 * The bigram model again, as the smallest possible neural network: one linear layer without bias.
 *
 * <p>The input character is encoded as a one-hot row x (27 numbers, a single 1), multiplied by a weight
 * matrix W (27 × 27) to give 27 <em>logits</em>, which softmax turns into the probabilities of the next
 * character. Since x has a single 1, x·W is simply row x of W: W holds log-counts, learned by gradient
 * descent on the same average negative log-likelihood that the counting model minimises by construction.
 *
 * <p>W is float32 (kit's default); its entries start as samples of N(0, 1) from {@link java.util.Random},
 * so a seed gives the same start on every machine.
 */
public final class NeuralBigram {

    /** The strength of the regularisation: loss = NLL + 0.01·mean(W²). */
    public static final double REGULARISATION = 0.01;

    /** The learning rate of the lesson: large, because the gradients of this model are small. */
    public static final double LEARNING_RATE = 50;

    private final Tensor weights;

    /** A model over {@code vocabSize} symbols with W ~ N(0, 1), drawn row by row from {@code new Random(seed)}. */
    public NeuralBigram(int vocabSize, long seed) {
        Random random = new Random(seed);
        double[][] w = new double[vocabSize][vocabSize];
        for (double[] row : w) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
        }
        this.weights = Tensor.of(w).requireGrad();
    }

    /** A model with the given weights (square; copied into a float32 parameter). */
    public NeuralBigram(double[][] weights) {
        for (double[] row : weights) {
            if (row.length != weights.length) {
                throw new IllegalArgumentException("W must be square: " + weights.length + " rows of "
                        + row.length + " numbers");
            }
        }
        this.weights = Tensor.of(weights).requireGrad();
    }

    /** The weight matrix W, the model's only parameter. */
    public Tensor weights() {
        return weights;
    }

    /** The one-hot encoding of {@code ids}: shape (ids.length, classes), a 1 at [i, ids[i]], 0 elsewhere. */
    public static Tensor oneHot(int[] ids, int classes) {
        double[][] rows = new double[ids.length][classes];
        for (int i = 0; i < ids.length; i++) {
            rows[i][ids[i]] = 1;
        }
        return Tensor.of(rows);
    }

    /**
     * The logits of the next character for each input id: one-hot(xs) · W, shape (xs.length, size).
     * Multiplying a one-hot row by W picks one row of W, so {@code weights.rows(xs)} computes the same
     * thing without building the one-hot matrix; either is fine.
     */
    public Tensor logits(int[] xs) {
        return weights.rows(xs);
    }

    /**
     * The training loss: the average negative log-likelihood of the targets {@code ys} under
     * softmax(logits(xs)), plus {@link #REGULARISATION}·mean(W²). The result is a scalar tensor attached
     * to the graph, ready for {@code backward()}.
     */
    public Tensor loss(int[] xs, int[] ys) {
        Tensor nll = logits(xs).crossEntropy(ys);
        Tensor penalty = weights.pow(2).mean().mul(REGULARISATION);
        return nll.add(penalty);
    }

    /**
     * Full-batch gradient descent: {@code steps} times, compute the loss on all the examples, clear W's
     * gradient, backpropagate, and move W against its gradient: W ← W − learningRate·∂loss/∂W.
     *
     * @return the loss at each step, measured before that step's update
     */
    public double[] train(Bigrams.Examples data, int steps, double learningRate) {
        double[] losses = new double[steps];
        for (int k = 0; k < steps; k++) {
            Tensor loss = loss(data.xs(), data.ys());
            losses[k] = loss.item();
            weights.zeroGrad();
            loss.backward();
            weights.data().subi(weights.grad().mul(learningRate));
        }
        return losses;
    }

    /** The average NLL of the examples, without the regularisation: comparable with {@link BigramModel#nll}. */
    public double nll(Bigrams.Examples data) {
        try (NoGrad off = NoGrad.enter()) {
            return logits(data.xs()).crossEntropy(data.ys()).item();
        }
    }

    /** The model's table of next-character probabilities, softmax(W) row by row, in float64. */
    public double[][] probabilities() {
        try (NoGrad off = NoGrad.enter()) {
            return weights.to(DataType.DOUBLE).softmax(1).data().toDoubleMatrix();
        }
    }
}
