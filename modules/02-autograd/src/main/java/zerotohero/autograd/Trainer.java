package zerotohero.autograd;

import java.util.ArrayList;
import java.util.List;
import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;
import zerotohero.kit.nn.Module;
import zerotohero.kit.optim.Optimizer;

/**
 * The training loop every model in this course uses, in five moves: forward, loss, zero the gradients,
 * backward, step.
 */
public final class Trainer {

    /** A loss: how far the predictions are from the targets, as a scalar tensor to differentiate. */
    @FunctionalInterface
    public interface Loss {
        Tensor of(Tensor prediction, Tensor target);
    }

    /** Mean squared error, for predicting numbers. */
    public static final Loss MSE = Tensor::mse;
    /** Binary cross-entropy, for predicting a probability of a yes/no label. */
    public static final Loss BCE = Tensor::binaryCrossEntropy;

    private final Module model;
    private final Optimizer optimizer;
    private final Loss loss;

    public Trainer(Module model, Optimizer optimizer, Loss loss) {
        this.model = model;
        this.optimizer = optimizer;
        this.loss = loss;
    }

    /**
     * One step on the batch (x, y): forward the model, compute the loss, zero the gradients, backward,
     * let the optimiser step. Returns the loss before the update.
     */
    public double step(Tensor x, Tensor y) {
        throw new Todo("02.5");
    }

    /** {@code steps} steps on the same batch (full-batch training); the loss of each. */
    public List<Double> fit(Tensor x, Tensor y, int steps) {
        throw new Todo("02.5");
    }
}
