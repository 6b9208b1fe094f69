package zerotohero.backprop;

import java.util.HashMap;
import java.util.Map;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Batches;
import zerotohero.kit.data.NameSplits;
import zerotohero.kit.data.PythonRandom;

/** Shared test helpers: the data, and one batch of 32 through the lecture's network (4,137 parameters). */
final class Fixtures {

    static final long SEED = 2147483647L;

    private static NameSplits data;

    private Fixtures() {
    }

    static synchronized NameSplits data() {
        if (data == null) {
            data = NameSplits.load(3);
        }
        return data;
    }

    /** A batch of contexts and targets drawn as the training loop draws them. */
    record Batch(int[][] x, int[] y) {
    }

    static Batch batch(int size, long seed) {
        NameSplits d = data();
        int[] ix = Batches.indices(d.train().size(), size, new PythonRandom(seed));
        return new Batch(Batches.rows(d.train().contexts(), ix), Batches.rows(d.train().targets(), ix));
    }

    /** The lecture's network with 64 hidden units, drawn from kit's generator seeded with {@code seed}. */
    static Network network(long seed) {
        Tensor.manualSeed(seed);
        return Network.init(Network.Config.lecture());
    }

    /**
     * A fresh forward pass of one batch of 32, after autograd's backward pass: every tensor's {@code grad()}
     * holds the answer. (Fresh each time, so a test cannot be disturbed by code that changed the arrays of
     * an earlier one in place.)
     */
    static Forward forwardWithAutograd() {
        Batch b = batch(32, SEED);
        Forward f = Forward.of(network(SEED), b.x(), b.y());
        f.loss().backward();
        return f;
    }

    /** How often each character id occurs in the contexts. */
    static Map<Integer, Integer> occurrences(int[][] x) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int[] row : x) {
            for (int id : row) {
                count.merge(id, 1, Integer::sum);
            }
        }
        return count;
    }
}
