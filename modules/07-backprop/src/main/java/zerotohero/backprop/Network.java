package zerotohero.backprop;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import zerotohero.kit.Tensor;

/**
 * Module 06's batch-norm MLP with its parameters out in the open, as the lecture writes them: an
 * embedding table {@code C}, a hidden layer {@code W1, b1}, batch norm's {@code bngain, bnbias}, and the
 * output layer {@code W2, b2}. There are no layer objects: in this module every step of the forward and
 * backward pass is written out by hand.
 *
 * <p>Everything is float64, so that a hand-written gradient and autograd's can agree to the last digits
 * and a real mistake never hides behind rounding.
 */
public final class Network {

    /** The sizes of the network. */
    public record Config(int vocabSize, int blockSize, int nEmbd, int nHidden) {

        /** The exercises' network: 27 characters, a context of 3, embeddings of 10, 64 hidden units (4,137 parameters). */
        public static Config lecture() {
            return new Config(27, 3, 10, 64);
        }

        /** The full run's network: 200 hidden units (12,297 parameters). */
        public static Config full() {
            return new Config(27, 3, 10, 200);
        }

        public Config {
            if (vocabSize < 2 || blockSize < 1 || nEmbd < 1 || nHidden < 1) {
                throw new IllegalArgumentException("a network needs at least 2 characters and positive sizes, got "
                        + vocabSize + ", " + blockSize + ", " + nEmbd + ", " + nHidden);
            }
        }
    }

    public final Config config;
    /** The embedding table, (vocab, nEmbd). */
    public final Tensor C;
    /** The hidden layer, (blockSize·nEmbd, nHidden) and (nHidden). */
    public final Tensor W1;
    public final Tensor b1;
    /** The output layer, (nHidden, vocab) and (vocab). */
    public final Tensor W2;
    public final Tensor b2;
    /** Batch norm's gain and shift, (1, nHidden) each: a row, as the lecture keeps them. */
    public final Tensor bngain;
    public final Tensor bnbias;

    private Network(Config config, Tensor C, Tensor W1, Tensor b1, Tensor W2, Tensor b2, Tensor bngain,
            Tensor bnbias) {
        this.config = config;
        this.C = C;
        this.W1 = W1;
        this.b1 = b1;
        this.W2 = W2;
        this.b2 = b2;
        this.bngain = bngain;
        this.bnbias = bnbias;
    }

    /**
     * The lecture's initialisation, drawn from kit's generator in this order (seed it first with
     * {@link Tensor#manualSeed}): C ~ N(0, 1); W1 by Kaiming's rule, (5/3)/√fan_in; and then, on purpose,
     * small non-zero numbers where module 06 put zeros or ones: b1, W2 and b2 are N(0, 1)·0.1, bngain is
     * 1 + N(0, 1)·0.1 and bnbias N(0, 1)·0.1. Zeros would hide mistakes: a gradient that should flow through
     * b1 or a product with a zero weight is zero whether it is right or wrong.
     *
     * <p>b1 is kept although the batch norm right after it makes it useless (its gradient is zero, up to
     * rounding): the exercise is to show exactly that.
     */
    public static Network init(Config c) {
        int fanIn = c.blockSize() * c.nEmbd();
        Tensor C = draw(c.vocabSize(), c.nEmbd());
        Tensor W1 = draw(fanIn, c.nHidden()).mul(5.0 / 3 / Math.sqrt(fanIn));
        Tensor b1 = draw(c.nHidden()).mul(0.1);
        Tensor W2 = draw(c.nHidden(), c.vocabSize()).mul(0.1);
        Tensor b2 = draw(c.vocabSize()).mul(0.1);
        Tensor bngain = draw(1, c.nHidden()).mul(0.1).add(1.0);
        Tensor bnbias = draw(1, c.nHidden()).mul(0.1);
        return new Network(c, leaf(C), leaf(W1), leaf(b1), leaf(W2), leaf(b2), leaf(bngain), leaf(bnbias));
    }

    private static Tensor draw(long... shape) {
        return Tensor.randn(shape).to(DataType.DOUBLE);
    }

    private static Tensor leaf(Tensor t) {
        return Tensor.of(t.data().dup('c')).requireGrad();
    }

    /** An independent copy with the same numbers (to train two ways from the same start). */
    public Network copy() {
        return new Network(config, leaf(C), leaf(W1), leaf(b1), leaf(W2), leaf(b2), leaf(bngain), leaf(bnbias));
    }

    /** The parameters in the lecture's order: C, W1, b1, W2, b2, bngain, bnbias. */
    public List<Tensor> parameters() {
        return List.of(C, W1, b1, W2, b2, bngain, bnbias);
    }

    /** The names of {@link #parameters()}, in the same order. */
    public static final List<String> PARAMETER_NAMES = List.of("C", "W1", "b1", "W2", "b2", "bngain", "bnbias");

    public long parameterCount() {
        return parameters().stream().mapToLong(p -> p.data().length()).sum();
    }

    /** Forgets every parameter's gradient (autograd's; the manual backward keeps none). */
    public void zeroGrad() {
        parameters().forEach(Tensor::zeroGrad);
    }

    /** The rows of C for a batch of contexts, flattened: example i's ids at i·blockSize … (i+1)·blockSize − 1. */
    public int[] ids(int[][] x) {
        int block = config.blockSize();
        int[] ids = new int[x.length * block];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != block) {
                throw new IllegalArgumentException("context " + i + " has " + x[i].length + " characters but the network "
                        + "reads " + block);
            }
            System.arraycopy(x[i], 0, ids, i * block, block);
        }
        return ids;
    }
}
