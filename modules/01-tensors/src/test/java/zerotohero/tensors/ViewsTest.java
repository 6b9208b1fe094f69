package zerotohero.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import zerotohero.grading.Exercise;

@Exercise("01.3")
@DisplayName("01.3 views: transpose and slice")
class ViewsTest {

    static int[] swap(int rank, int d0, int d1) {
        int[] perm = new int[rank];
        for (int i = 0; i < rank; i++) {
            perm[i] = i;
        }
        perm[d0] = d1;
        perm[d1] = d0;
        return perm;
    }

    @Test
    @DisplayName("transpose swaps sizes and strides without copying: (2,3) strides (3,1) → (3,2) strides (1,3)")
    void transposeIsAStrideSwap() {
        StridedTensor t = StridedTensor.of(Oracle.counting(6), 2, 3);
        StridedTensor tt = t.transpose(0, 1);
        assertThat(tt.shape()).containsExactly(3, 2);
        assertThat(tt.strides()).as("strides of the transpose: swap the strides along with the sizes")
                .containsExactly(1, 3);
        assertThat(tt.sharesStorageWith(t)).as("a transpose shares its storage").isTrue();
        assertThat(tt.get(2, 1)).as("element [2, 1] of the transpose is element [1, 2] of the original").isEqualTo(5f);
    }

    @Test
    @DisplayName("transpose of any two dimensions equals ND4J's permute, on 40 random tensors")
    void transposeMatchesNd4j() {
        Random rng = new Random(3);
        for (int trial = 0; trial < 40; trial++) {
            int[] shape = Oracle.randomShape(rng, 2, 4);
            int d0 = rng.nextInt(shape.length);
            int d1 = rng.nextInt(shape.length);
            float[] data = Oracle.counting(Oracle.size(shape));
            Oracle.assertSameElements("transpose(" + d0 + ", " + d1 + ") of " + Arrays.toString(shape),
                    StridedTensor.of(data, shape).transpose(d0, d1), Oracle.nd(data, shape).permute(swap(shape.length, d0, d1)));
        }
    }

    @Test
    @DisplayName("slice moves the offset and shrinks one size, keeping the strides; equal to ND4J's interval")
    void sliceMatchesNd4j() {
        StridedTensor t = StridedTensor.of(Oracle.counting(24), 2, 3, 4);
        StridedTensor s = t.slice(2, 1, 3);
        assertThat(s.shape()).containsExactly(2, 3, 2);
        assertThat(s.strides()).as("strides of a slice").containsExactly(12, 4, 1);
        assertThat(s.offset()).as("offset of slice(2, 1, 3): move it to the first kept element, by start · strides[dim]")
                .isEqualTo(1);
        assertThat(s.sharesStorageWith(t)).isTrue();

        Random rng = new Random(4);
        for (int trial = 0; trial < 40; trial++) {
            int[] shape = Oracle.randomShape(rng, 1, 4);
            int dim = rng.nextInt(shape.length);
            int start = rng.nextInt(shape[dim]);
            int end = start + 1 + rng.nextInt(shape[dim] - start);
            float[] data = Oracle.counting(Oracle.size(shape));
            INDArrayIndex[] idx = new INDArrayIndex[shape.length];
            Arrays.fill(idx, NDArrayIndex.all());
            idx[dim] = NDArrayIndex.interval(start, end);
            INDArray expected = Oracle.nd(data, shape).get(idx);
            Oracle.assertSameElements("slice(" + dim + ", " + start + ", " + end + ") of " + Arrays.toString(shape),
                    StridedTensor.of(data, shape).slice(dim, start, end), expected.reshape(shape.length == 1 ? new long[] {end - start} : withSize(shape, dim, end - start)));
        }
    }

    @Test
    @DisplayName("views compose: a slice of a transpose of a slice")
    void viewsCompose() {
        float[] data = Oracle.counting(60);
        StridedTensor mine = StridedTensor.of(data, 3, 4, 5).slice(1, 1, 4).transpose(0, 2).slice(0, 2, 5);
        INDArray nd = Oracle.nd(data, 3, 4, 5).get(NDArrayIndex.all(), NDArrayIndex.interval(1, 4), NDArrayIndex.all())
                .permute(2, 1, 0).get(NDArrayIndex.interval(2, 5), NDArrayIndex.all(), NDArrayIndex.all());
        Oracle.assertSameElements("slice(1,1,4).transpose(0,2).slice(0,2,5) of (3,4,5)", mine, nd);
    }

    @Test
    @DisplayName("a slice out of range is an error")
    void badSlice() {
        StridedTensor t = StridedTensor.of(Oracle.counting(6), 2, 3);
        assertThatThrownBy(() -> t.slice(1, 2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.slice(2, 0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(t.slice(1, 2, 2).shape()).as("slice(1, 2, 2) is empty (start = end), not an error: shape (2, 0)")
                .containsExactly(2, 0);
    }

    @Test
    @DisplayName("a dimension that does not exist is an error that names it (checkDim), for transpose and slice")
    void missingDimension() {
        StridedTensor t = StridedTensor.of(Oracle.counting(6), 2, 3);
        assertThat(t.rank()).as("a (2, 3) tensor has rank 2: its dimensions are 0 and 1").isEqualTo(2);
        assertThatThrownBy(() -> t.transpose(2, 0)).as("transpose(2, 0) of a rank-2 tensor: check d0 with checkDim")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("dimension 2");
        assertThatThrownBy(() -> t.transpose(0, 2)).as("transpose(0, 2) of a rank-2 tensor: check d1 with checkDim")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("dimension 2");
        assertThatThrownBy(() -> t.transpose(-1, 1)).as("transpose(-1, 1): a negative dimension does not exist either")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("dimension -1");
        assertThatThrownBy(() -> t.slice(2, 0, 1)).as("slice(2, 0, 1) of a rank-2 tensor: check dim with checkDim")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("dimension 2");
    }

    private static long[] withSize(int[] shape, int dim, int size) {
        long[] s = Arrays.stream(shape).asLongStream().toArray();
        s[dim] = size;
        return s;
    }
}
