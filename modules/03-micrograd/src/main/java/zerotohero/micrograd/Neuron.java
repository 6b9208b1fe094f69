package zerotohero.micrograd;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import zerotohero.kit.Todo;

/** One neuron: a weighted sum of its inputs plus a bias, optionally through a ReLU. */
public final class Neuron implements Module {

    final List<Value> weights;
    final Value bias;
    final boolean nonlin;

    /** A neuron with {@code nin} weights drawn uniformly from [−1, 1] and a zero bias. */
    public Neuron(int nin, boolean nonlin, Random rng) {
        this(randomWeights(nin, rng), new Value(0), nonlin);
    }

    /** A neuron with the given weights and bias. */
    public Neuron(List<Value> weights, Value bias, boolean nonlin) {
        this.weights = List.copyOf(weights);
        this.bias = bias;
        this.nonlin = nonlin;
    }

    private static List<Value> randomWeights(int nin, Random rng) {
        List<Value> w = new ArrayList<>(nin);
        for (int i = 0; i < nin; i++) {
            w.add(new Value(rng.nextDouble() * 2 - 1));
        }
        return w;
    }

    /**
     * w·x + b, through a ReLU if this neuron is non-linear.
     *
     * @param x one input per weight
     * @throws IllegalArgumentException if {@code x} does not have exactly one value per weight; the message
     *     names both sizes (a silent zip over the shorter list would hide a wiring mistake)
     */
    public Value forward(List<Value> x) {
        throw new Todo("03.5");
    }

    /** The weights, then the bias. */
    @Override
    public List<Value> parameters() {
        throw new Todo("03.5");
    }

    @Override
    public String toString() {
        return (nonlin ? "ReLU" : "Linear") + "Neuron(" + weights.size() + ")";
    }
}
