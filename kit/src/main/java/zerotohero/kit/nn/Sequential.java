package zerotohero.kit.nn;

import java.util.List;
import zerotohero.kit.Tensor;

/** Modules applied one after another; their parameters are named "0.weight", "1.gamma", .... */
public final class Sequential extends Module {

    private final List<Module> layers;

    public Sequential(Module... layers) {
        this.layers = List.of(layers);
        for (int i = 0; i < layers.length; i++) {
            child(Integer.toString(i), layers[i]);
        }
    }

    public List<Module> layers() {
        return layers;
    }

    @Override
    public Tensor forward(Tensor x) {
        for (Module layer : layers) {
            x = layer.forward(x);
        }
        return x;
    }
}
