package zerotohero.micrograd;

import java.util.ArrayList;
import java.util.List;

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
        Value dataLoss = Value.of(0);
        int correct = 0;
        for (int i = 0; i < data.size(); i++) {
            double[] p = data.x()[i];
            Value score = model.forward(List.of(Value.of(p[0]), Value.of(p[1]))).get(0);
            int label = data.y()[i];
            dataLoss = dataLoss.add(score.mul(-label).add(1).relu());
            if ((label > 0) == (score.data() > 0)) {
                correct++;
            }
        }
        Value regularisation = Value.of(0);
        for (Value p : model.parameters()) {
            regularisation = regularisation.add(p.mul(p));
        }
        Value loss = dataLoss.div(data.size()).add(regularisation.mul(alpha));
        return new Score(loss, (double) correct / data.size());
    }

    /**
     * Full-batch gradient descent for {@code steps} steps: zero the grads, compute the loss, backpropagate,
     * and move every parameter against its gradient with a learning rate that decays linearly from 1.0,
     * lr = 1.0 − 0.9·k/steps.
     *
     * @return the loss and accuracy measured at each step, before its update
     */
    public static List<Step> train(MLP model, Moons data, int steps) {
        List<Step> history = new ArrayList<>(steps);
        List<Value> parameters = model.parameters();
        for (int k = 0; k < steps; k++) {
            Score score = svmLoss(model, data, ALPHA);
            model.zeroGrad();
            score.loss().backward();
            double lr = 1.0 - 0.9 * k / steps;
            for (Value p : parameters) {
                p.setData(p.data() - lr * p.grad());
            }
            history.add(new Step(k, score.loss().data(), score.accuracy()));
        }
        return history;
    }
}
