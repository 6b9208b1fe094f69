package zerotohero.autograd;

import java.util.List;
import java.util.Random;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Linear;
import zerotohero.kit.nn.Sequential;
import zerotohero.kit.optim.Adam;

/**
 * A network that learns to add two numbers: 2 → 4 → 4 → 1, three Linear layers and no activation, so
 * the whole network is one linear function w₁·a + w₂·b + c in disguise. Addition is the case w₁ = w₂ = 1,
 * c = 0, which the network can represent exactly; whether it finds it depends only on the data.
 *
 * <p>Numbers go in and come out divided by {@link #SCALE}: inputs of a few hundred would make the first
 * steps huge. The API takes and returns plain numbers.
 */
public final class Adder {

    /** Inputs and outputs are divided by this inside the network. */
    public static final double SCALE = 1000;

    final Sequential model;

    /** A fresh, untrained network; the seed fixes its initial weights. */
    public Adder(long seed) {
        Tensor.manualSeed(seed);
        model = new Sequential(new Linear(2, 4), new Linear(4, 4), new Linear(4, 1));
    }

    /**
     * Trains on {@code pairs} (each {a, b}, target a + b) with mean squared error and Adam at learning
     * rate {@code lr}, for {@code steps} full-batch steps, using {@link Trainer}. Returns the loss of each
     * step (in scaled units).
     */
    public List<Double> train(double[][] pairs, int steps, double lr) {
        int n = pairs.length;
        double[][] inputs = new double[n][2];
        double[][] sums = new double[n][1];
        for (int i = 0; i < n; i++) {
            inputs[i][0] = pairs[i][0] / SCALE;
            inputs[i][1] = pairs[i][1] / SCALE;
            sums[i][0] = (pairs[i][0] + pairs[i][1]) / SCALE;
        }
        Trainer trainer = new Trainer(model, new Adam(model.parameters(), lr), Trainer.MSE);
        return trainer.fit(Tensor.of(inputs), Tensor.of(sums), steps);
    }

    /** What the network says a + b is. */
    public double add(double a, double b) {
        try (NoGrad scope = NoGrad.enter()) {
            Tensor x = Tensor.of(Nd4j.createFromArray(new float[][] {{(float) (a / SCALE), (float) (b / SCALE)}}));
            return model.forward(x).item() * SCALE;
        }
    }

    /** {@code n} pairs drawn uniformly from [low, high), reproducibly. */
    public static double[][] randomPairs(int n, double low, double high, long seed) {
        Random random = new Random(seed);
        double[][] pairs = new double[n][2];
        for (double[] pair : pairs) {
            pair[0] = low + (high - low) * random.nextDouble();
            pair[1] = low + (high - low) * random.nextDouble();
        }
        return pairs;
    }
}
