package zerotohero.micrograd;

import java.util.List;
import zerotohero.kit.Todo;

/** Training an {@link MLP} on {@link Moons} with a max-margin loss and gradient descent. */
public final class Training {

    /** The L2 regularisation strength of the demo. */
    public static final double ALPHA = 1e-4;

    private Training() {
    }

    /**
     * A loss (still attached to its graph, ready for {@code backward()}) and the accuracy it came with.
     *
     * @param loss the total loss
     * @param accuracy the share of points classified correctly, from 0 to 1
     */
    public record Score(Value loss, double accuracy) {
    }

    /**
     * One step of a training history.
     *
     * @param k the step, from 0
     * @param loss the loss before the step's update
     * @param accuracy the accuracy before the step's update
     */
    public record Step(int k, double loss, double accuracy) {
    }

    /**
     * The SVM max-margin loss of {@code model} over all of {@code data}, plus L2 regularisation:
     * mean over i of relu(1 − yᵢ·scoreᵢ), plus alpha·Σ p² over the parameters. A point counts as correct
     * when its score has the sign of its label.
     */
    public static Score svmLoss(MLP model, Moons data, double alpha) {
        throw new Todo("03.6");
    }

    /**
     * Full-batch gradient descent for {@code steps} steps: zero the grads, compute the loss, backpropagate,
     * and move every parameter against its gradient with a learning rate that decays linearly from 1.0,
     * lr = 1.0 − 0.9·k/steps.
     *
     * @return the loss and accuracy measured at each step, before its update
     */
    public static List<Step> train(MLP model, Moons data, int steps) {
        throw new Todo("03.6");
    }
}
