package zerotohero.backprop;

import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;

/**
 * Exercise 07.2: cross-entropy as one piece. The forward pass took eight small steps from the logits to
 * the loss; on paper they collapse into one formula, and so do their eight backward steps:
 *
 * <pre>
 * loss      = 1/n · Σ_i ( ln Σ_j e^{logits[i][j]} − logits[i][y_i] )
 * dlogits   = (softmax(logits) − onehot(y)) / n
 * </pre>
 */
public final class CrossEntropy {

    private CrossEntropy() {
    }

    /**
     * Exercise 07.2: the mean cross-entropy of a batch of (n, vocab) logits against the targets {@code y},
     * computed stably: subtract each row's maximum before {@code exp} (it cancels in the formula, and keeps
     * a logit of 1000 from overflowing to infinity). {@code InPlace.read(logits)} gives the numbers row by
     * row (element (i, j) at i·vocab + j).
     *
     * @throws IllegalArgumentException if the logits are not (n, vocab) for n targets, or a target is not a
     *     class index in [0, vocab); the message names the shape or the target
     */
    public static double loss(Tensor logits, int[] y) {
        throw new Todo("07.2");
    }

    /**
     * Exercise 07.2: ∂loss/∂logits = (softmax(logits) − onehot(y)) / n, row by row, as a (n, vocab)
     * float64 tensor: compute the numbers in a {@code double[]} and return
     * {@code Tensor.of(DataType.DOUBLE, numbers, n, vocab)}.
     *
     * @throws IllegalArgumentException for the inputs {@link #loss} refuses
     */
    public static Tensor backward(Tensor logits, int[] y) {
        throw new Todo("07.2");
    }

}
