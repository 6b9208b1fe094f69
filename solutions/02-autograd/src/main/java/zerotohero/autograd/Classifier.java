package zerotohero.autograd;

import java.util.ArrayList;
import java.util.List;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Moons;
import zerotohero.kit.nn.Linear;
import zerotohero.kit.nn.Sequential;
import zerotohero.kit.nn.Tanh;
import zerotohero.kit.optim.Adam;

/**
 * A binary classifier for points in the plane: an MLP 2 → 16 → 16 → 1 with tanh hidden layers gives one
 * number per point (a logit), the sigmoid turns it into the probability of class 1, and binary
 * cross-entropy measures how wrong those probabilities are.
 */
public final class Classifier {

    /** The losses of a training run, one per step: on the training set and on held-out points. */
    public record History(List<Double> train, List<Double> validation) {
    }

    final Sequential model;

    /** A fresh network; the seed fixes its initial weights. */
    public Classifier(long seed) {
        Tensor.manualSeed(seed);
        model = new Sequential(new Linear(2, 16), new Tanh(), new Linear(16, 16), new Tanh(), new Linear(16, 1));
    }

    /** The probability of class 1 for each row of {@code points} (n, 2): the sigmoid of the logits, (n, 1). */
    public Tensor probabilities(Tensor points) {
        return model.forward(points).sigmoid();
    }

    /**
     * Trains with binary cross-entropy and Adam at learning rate {@code lr} for {@code steps} full-batch
     * steps on {@code train} (through {@link Trainer}), and after each step measures the loss on
     * {@code validation} without building a graph.
     */
    public History train(Moons train, Moons validation, int steps, double lr) {
        Tensor x = points(train);
        Tensor y = labels(train);
        Tensor xv = points(validation);
        Tensor yv = labels(validation);
        // The model gives logits; the loss turns them into probabilities, then measures them.
        Trainer.Loss loss = (logits, target) -> logits.sigmoid().binaryCrossEntropy(target);
        Trainer trainer = new Trainer(model, new Adam(model.parameters(), lr), loss);
        List<Double> trainLosses = new ArrayList<>(steps);
        List<Double> validationLosses = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            trainLosses.add(trainer.step(x, y));
            try (NoGrad scope = NoGrad.enter()) {
                validationLosses.add(probabilities(xv).binaryCrossEntropy(yv).item());
            }
        }
        return new History(trainLosses, validationLosses);
    }

    /** The share of points whose predicted class (probability above ½) is their label. */
    public double accuracy(Moons data) {
        double[] p = predict(data.points());
        int right = 0;
        for (int i = 0; i < p.length; i++) {
            if ((p[i] > 0.5 ? 1 : 0) == data.labels()[i]) {
                right++;
            }
        }
        return (double) right / p.length;
    }

    /** The probability of class 1 at each point, as plain numbers (for accuracy and figures). */
    public double[] predict(double[][] points) {
        try (NoGrad scope = NoGrad.enter()) {
            return probabilities(Tensor.of(points)).data().reshape(-1).toDoubleVector();
        }
    }

    /** The points as an (n, 2) float32 tensor. */
    static Tensor points(Moons data) {
        return Tensor.of(data.points());
    }

    /** The labels as an (n, 1) float32 tensor of 0s and 1s. */
    static Tensor labels(Moons data) {
        double[][] y = new double[data.size()][1];
        for (int i = 0; i < y.length; i++) {
            y[i][0] = data.labels()[i];
        }
        return Tensor.of(y);
    }
}
