package zerotohero.batchnorm;

import java.util.ArrayList;
import java.util.List;
import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;
import zerotohero.kit.nn.Module;

/**
 * makemore's MLP as a stack of layers: an embedding table {@code C}, then the layers in order. The
 * lesson's network is Linear → [BatchNorm1d] → Tanh → Linear; the diagnostics use a deeper stack.
 */
public final class Network extends Module {

    /** The sizes of the network. */
    public record Config(int vocabSize, int blockSize, int nEmbd, int nHidden) {

        /** The lecture's sizes: 27 characters, a context of 3, 10-dimensional embeddings, 200 hidden units. */
        public static Config lecture() {
            return new Config(27, 3, 10, 200);
        }
    }

    public final Config config;
    /** The embedding table, (vocab, nEmbd). */
    public final Tensor C;
    private final List<Module> layers;

    /**
     * The lesson's network for a recipe: C ~ N(0, 1), then {@link Recipes#hidden}, a {@link BatchNorm1d} for
     * {@code BATCH_NORM} only, {@link Tanh}, {@link Recipes#output} (drawn in that order). With the lecture's
     * sizes: 11,897 parameters, or 12,097 with batch norm (its gain and shift, but no hidden bias).
     */
    public Network(Config config, Recipe recipe) {
        this(config, Tensor.randn(config.vocabSize(), config.nEmbd()), layersFor(config, recipe));
    }

    /** A network of any layers; the first must take blockSize·nEmbd inputs. */
    public Network(Config config, Tensor C, List<Module> layers) {
        this.config = config;
        this.C = param("C", C);
        this.layers = List.copyOf(layers);
        for (int i = 0; i < layers.size(); i++) {
            child(String.valueOf(i), layers.get(i));
        }
    }

    private static List<Module> layersFor(Config c, Recipe recipe) {
        List<Module> layers = new ArrayList<>();
        layers.add(Recipes.hidden(c.blockSize() * c.nEmbd(), c.nHidden(), recipe));
        if (recipe == Recipe.BATCH_NORM) {
            layers.add(new BatchNorm1d(c.nHidden()));
        }
        layers.add(new Tanh());
        layers.add(Recipes.output(c.nHidden(), c.vocabSize(), recipe));
        return layers;
    }

    /**
     * The lecture's deep network for diagnostics: {@code depth} blocks of Linear (no bias when batch norm
     * follows) → [BatchNorm1d] → Tanh of {@code config.nHidden()} units, then Linear → [BatchNorm1d] to the
     * vocabulary. Hidden weights get the tanh gain 5/3 on top of Linear's 1/√fanIn; the last layer is made
     * less confident (its batch norm's gamma, or else its weight, ×0.1).
     */
    public static Network deep(Config c, int depth, boolean batchNorm) {
        Tensor table = Tensor.randn(c.vocabSize(), c.nEmbd());
        List<Module> layers = new ArrayList<>();
        int in = c.blockSize() * c.nEmbd();
        for (int i = 0; i < depth; i++) {
            Linear linear = new Linear(in, c.nHidden(), !batchNorm);
            linear.weight.data().muli(Init.TANH_GAIN);
            layers.add(linear);
            if (batchNorm) {
                layers.add(new BatchNorm1d(c.nHidden()));
            }
            layers.add(new Tanh());
            in = c.nHidden();
        }
        Linear last = new Linear(in, c.vocabSize(), !batchNorm);
        layers.add(last);
        if (batchNorm) {
            BatchNorm1d bn = new BatchNorm1d(c.vocabSize());
            bn.gamma.data().muli(0.1);
            layers.add(bn);
        } else {
            last.weight.data().muli(0.1);
        }
        return new Network(c, table, layers);
    }

    /** The layers, in order. */
    public List<Module> layers() {
        return layers;
    }

    /** Exercise 06.7: runs (n, blockSize·nEmbd) embeddings through every layer in order. */
    @Override
    public Tensor forward(Tensor embeddings) {
        throw new Todo("06.7");
    }

    /**
     * Exercise 06.7: the logits of a batch of contexts: look up the rows of {@code C} for the ids, view them
     * as (n, blockSize·nEmbd) (each row the context's embeddings side by side, oldest first), then
     * {@link #forward}.
     */
    public Tensor logits(int[][] x) {
        throw new Todo("06.7");
    }
}
