package zerotohero.micrograd;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import zerotohero.kit.Todo;

/** A layer of neurons that all read the same inputs; its output has one value per neuron. */
public final class Layer implements Module {

    final List<Neuron> neurons;

    public Layer(int nin, int nout, boolean nonlin, Random rng) {
        List<Neuron> ns = new ArrayList<>(nout);
        for (int i = 0; i < nout; i++) {
            ns.add(new Neuron(nin, nonlin, rng));
        }
        this.neurons = List.copyOf(ns);
    }

    /** Each neuron's output, in order. */
    public List<Value> forward(List<Value> x) {
        throw new Todo("03.5");
    }

    /** The parameters of every neuron, neuron by neuron. */
    @Override
    public List<Value> parameters() {
        throw new Todo("03.5");
    }

    @Override
    public String toString() {
        return "Layer of " + neurons;
    }
}
