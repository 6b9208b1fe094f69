package zerotohero.micrograd;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
        List<Value> out = new ArrayList<>(neurons.size());
        for (Neuron n : neurons) {
            out.add(n.forward(x));
        }
        return out;
    }

    /** The parameters of every neuron, neuron by neuron. */
    @Override
    public List<Value> parameters() {
        List<Value> ps = new ArrayList<>();
        for (Neuron n : neurons) {
            ps.addAll(n.parameters());
        }
        return ps;
    }

    @Override
    public String toString() {
        return "Layer of " + neurons;
    }
}
