package zerotohero.micrograd;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A multi-layer perceptron: layers applied one after another, ReLU on all but the last, linear, layer. */
public final class MLP implements Module {

    final List<Layer> layers;

    /**
     * @param nin the number of inputs
     * @param nouts the width of each layer, e.g. {@code List.of(16, 16, 1)}
     * @param rng where the initial weights come from
     */
    public MLP(int nin, List<Integer> nouts, Random rng) {
        List<Layer> ls = new ArrayList<>(nouts.size());
        int in = nin;
        for (int i = 0; i < nouts.size(); i++) {
            ls.add(new Layer(in, nouts.get(i), i != nouts.size() - 1, rng));
            in = nouts.get(i);
        }
        this.layers = List.copyOf(ls);
    }

    /** The outputs of the last layer. */
    public List<Value> forward(List<Value> x) {
        for (Layer layer : layers) {
            x = layer.forward(x);
        }
        return x;
    }

    /** The parameters of every layer, first layer first. */
    @Override
    public List<Value> parameters() {
        List<Value> ps = new ArrayList<>();
        for (Layer layer : layers) {
            ps.addAll(layer.parameters());
        }
        return ps;
    }

    @Override
    public String toString() {
        return "MLP of " + layers;
    }
}
