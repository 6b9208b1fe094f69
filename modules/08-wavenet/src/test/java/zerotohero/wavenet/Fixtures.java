package zerotohero.wavenet;

import java.util.Arrays;
import java.util.List;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.ContextWindows;
import zerotohero.kit.data.NameSplits;

/** Shared test helpers. */
final class Fixtures {

    private static NameSplits data;

    private Fixtures() {
    }

    /** names.txt with a context of 8, loaded once. */
    static synchronized NameSplits data() {
        if (data == null) {
            data = NameSplits.load(8);
        }
        return data;
    }

    /** A few names' windows of 8: enough to train a model for a handful of steps in a test. */
    static ContextWindows small() {
        List<String> words = List.of("emma", "olivia", "ava", "isabella", "sophia", "charlotte", "mia", "amelia",
                "harper", "evelyn", "abigail", "emily", "elizabeth", "mila", "ella", "avery");
        return ContextWindows.of(words, data().vocab(), 8);
    }

    /** A tensor of shape (b, t, c) whose element [i][j][k] is 100·i + 10·j + k: every number says where it came from. */
    static Tensor labelled(int b, int t, int c) {
        double[] v = new double[b * t * c];
        for (int i = 0, n = 0; i < b; i++) {
            for (int j = 0; j < t; j++) {
                for (int k = 0; k < c; k++, n++) {
                    v[n] = 100 * i + 10 * j + k;
                }
            }
        }
        return Tensor.of(v).view(b, t, c);
    }

    static String shape(Tensor t) {
        return Arrays.toString(t.shape());
    }

    static double[] values(Tensor t) {
        return t.data().ravel().toDoubleVector();
    }

    static double maxAbsDifference(Tensor a, Tensor b) {
        double[] x = values(a);
        double[] y = values(b);
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            m = Math.max(m, Math.abs(x[i] - y[i]));
        }
        return m;
    }
}
