package zerotohero.gpt;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.Tensor;

/** Shared test helpers: the text (loaded once), tiny models, and arrays out of tensors. */
final class Fixtures {

    private static String text;
    private static Data data;

    private Fixtures() {
    }

    /**
     * Tiny Shakespeare's text, read (and its checksum verified) once per test run. Test classes call this
     * from {@code @BeforeAll}, so that reading a megabyte on a busy machine does not count against a test's
     * timeout; it needs no exercise.
     */
    static synchronized String text() {
        if (text == null) {
            text = zerotohero.kit.data.Datasets.standard().text("tinyshakespeare.txt");
        }
        return text;
    }

    private static boolean warm;

    /**
     * Reads the text and starts ND4J (its native libraries take seconds to load on a busy machine) once per
     * test run, with a few small products so the JIT compiler has seen the hot loops. Called from every test
     * class's {@code @BeforeAll}, outside the tests' timeouts; it needs no exercise.
     */
    static synchronized void warmUp() {
        text();
        if (!warm) {
            Tensor a = Tensor.randn(8, 16, 16).requireGrad();
            for (int i = 0; i < 3; i++) {
                a.matmul(a.transpose(1, 2)).softmax(-1).matmul(a).sum().backward();
            }
            warm = true;
        }
    }

    /** The text as {@link Data} (vocabulary, split): needs exercise 09.1. */
    static synchronized Data data() {
        if (data == null) {
            data = Data.of(text());
        }
        return data;
    }

    /** A GPT small enough for a unit test: 2 blocks of 2 heads, n_embd 16, context 8. */
    static Config tiny() {
        return new Config(65, 8, 16, 2, 2, 0.0);
    }

    /** Random numbers of a shape, float32, from a fixed seed. */
    static Tensor randn(long seed, long... shape) {
        Tensor.manualSeed(seed);
        return Tensor.randn(shape);
    }

    /** Random numbers of a shape, float64, from a fixed seed. */
    static Tensor randn64(long seed, long... shape) {
        Tensor.manualSeed(seed);
        return Tensor.of(Nd4j.randn(DataType.DOUBLE, shape));
    }

    static double[] flat(Tensor t) {
        return t.data().dup().ravel().toDoubleVector();
    }

    /** The largest absolute difference between two tensors of the same shape. */
    static double maxDiff(Tensor a, Tensor b) {
        double[] x = flat(a);
        double[] y = flat(b);
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            m = Math.max(m, Math.abs(x[i] - y[i]));
        }
        return m;
    }

    /** A (B, T, C) tensor as nested arrays. */
    static double[][][] cube(Tensor t) {
        long[] s = t.shape();
        double[] v = flat(t);
        double[][][] out = new double[(int) s[0]][(int) s[1]][(int) s[2]];
        for (int i = 0, o = 0; i < s[0]; i++) {
            for (int j = 0; j < s[1]; j++) {
                for (int k = 0; k < s[2]; k++, o++) {
                    out[i][j][k] = v[o];
                }
            }
        }
        return out;
    }

    /** Token ids 0..vocab−1, pseudo-random from a seed, as a (B, T) batch. */
    static int[][] tokens(long seed, int b, int t, int vocab) {
        java.util.Random r = new java.util.Random(seed);
        int[][] ids = new int[b][t];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < t; j++) {
                ids[i][j] = r.nextInt(vocab);
            }
        }
        return ids;
    }
}
