package zerotohero.tensors;

import java.util.Arrays;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.grading.Expect;

/** Test support, not an exercise: ND4J as the reference a learner's strided tensor is compared with. */
final class Oracle {

    private Oracle() {
    }

    /** Numbers 0, 1, 2, ... so that a wrong element names its own position in storage. */
    static float[] counting(int n) {
        float[] data = new float[n];
        for (int i = 0; i < n; i++) {
            data[i] = i;
        }
        return data;
    }

    static int size(int... shape) {
        return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    }

    static int[] randomShape(Random rng, int minRank, int maxRank) {
        int[] shape = new int[minRank + rng.nextInt(maxRank - minRank + 1)];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = 1 + rng.nextInt(4);
        }
        return shape;
    }

    static INDArray nd(float[] data, int... shape) {
        return Nd4j.create(data.clone(), Arrays.stream(shape).asLongStream().toArray(), 'c');
    }

    /** Fails unless {@code mine} has the shape of {@code expected} and the same element at every index. */
    static void assertSameElements(String what, StridedTensor mine, INDArray expected) {
        Expect.equal(what + ": shape", Arrays.toString(mine.shape()), Arrays.toString(expected.shape()), "");
        int[] shape = mine.shape();
        int[] index = new int[shape.length];
        for (int i = 0; i < Oracle.size(shape); i++) {
            float want = expected.getFloat(Arrays.stream(index).asLongStream().toArray());
            float got = mine.get(index);
            if (got != want) {
                throw new AssertionError(what + ": element " + Arrays.toString(index) + " is " + got + ", ND4J says "
                        + want + " (" + mine + ")");
            }
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
    }
}
