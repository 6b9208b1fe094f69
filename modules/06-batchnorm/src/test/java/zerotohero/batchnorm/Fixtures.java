package zerotohero.batchnorm;

import zerotohero.kit.Tensor;
import zerotohero.kit.data.NameSplits;

/** Shared test helpers. */
final class Fixtures {

    private static NameSplits data;

    private Fixtures() {
    }

    static synchronized NameSplits data() {
        if (data == null) {
            data = NameSplits.load(3);
        }
        return data;
    }

    /** The first n contexts, flattened row by row. */
    static int[] flatten(int[][] contexts, int n) {
        int block = contexts[0].length;
        int[] ids = new int[n * block];
        for (int i = 0; i < n; i++) {
            System.arraycopy(contexts[i], 0, ids, i * block, block);
        }
        return ids;
    }

    static double std(Tensor t) {
        return t.data().stdNumber().doubleValue();
    }

    static double mean(Tensor t) {
        return t.data().meanNumber().doubleValue();
    }

    static double[][] matrix(Tensor t) {
        return t.data().toDoubleMatrix();
    }
}
