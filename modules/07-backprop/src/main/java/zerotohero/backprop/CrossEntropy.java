package zerotohero.backprop;

import org.nd4j.linalg.api.ndarray.INDArray;
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
     * a logit of 1000 from overflowing to infinity).
     *
     * @throws IllegalArgumentException if the logits are not (n, vocab) for n targets, or a target is not a
     *     class index in [0, vocab); the message names the shape or the target
     */
    public static double loss(INDArray logits, int[] y) {
        throw new Todo("07.2");
    }

    /**
     * Exercise 07.2: ∂loss/∂logits = (softmax(logits) − onehot(y)) / n, row by row.
     *
     * @throws IllegalArgumentException for the inputs {@link #loss} refuses
     */
    public static INDArray backward(INDArray logits, int[] y) {
        throw new Todo("07.2");
    }

}
