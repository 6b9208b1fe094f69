package zerotohero.wavenet;

import java.util.List;
import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Module;
import zerotohero.kit.Todo;

/**
 * Modules applied one after another: the container that turns a list of layers into one module. Because
 * each layer is registered as a child, the whole model's {@code parameters()}, {@code train()} and
 * {@code eval()} reach every layer, and parameters get names by position ({@code "0.weight"},
 * {@code "3.gamma"}, …), as in PyTorch.
 */
public final class Sequential extends Module {

    private final List<Module> layers;

    /**
     * Exercise 08.3: keep the layers in order and register each one as a child named by its index
     * ({@code child("0", first)}, …), so that {@code parameters()} finds theirs.
     */
    public Sequential(List<Module> layers) {
        throw new Todo("08.3");
    }

    public Sequential(Module... layers) {
        this(List.of(layers));
    }

    /** The layers, in order. */
    public List<Module> layers() {
        return layers;
    }

    /** Exercise 08.3: each layer's output is the next one's input. */
    @Override
    public Tensor forward(Tensor x) {
        throw new Todo("08.3");
    }
}
