package zerotohero.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;

@Exercise("01.2")
@DisplayName("01.2 strides and indexing")
class StridesTest {

    @Test
    @DisplayName("row-major strides: (2,3,4) → (12,4,1), (5) → (1), () → ()")
    void contiguousStrides() {
        assertThat(StridedTensor.contiguousStrides(2, 3, 4))
                .as("row-major strides of (2,3,4): the last dimension moves by 1, each earlier one by the "
                        + "product of the sizes after it")
                .containsExactly(12, 4, 1);
        assertThat(StridedTensor.contiguousStrides(5)).containsExactly(1);
        assertThat(StridedTensor.contiguousStrides()).isEmpty();
        assertThat(StridedTensor.of(Oracle.counting(24), 2, 3, 4).strides()).as("strides of a new (2,3,4) tensor")
                .containsExactly(12, 4, 1);
    }

    @Test
    @DisplayName("get(i, j, k) reads storage[offset + i·s0 + j·s1 + k·s2]: equal to ND4J on 50 random shapes")
    void getMatchesNd4j() {
        Random rng = new Random(2);
        for (int trial = 0; trial < 50; trial++) {
            int[] shape = Oracle.randomShape(rng, 1, 4);
            float[] data = Oracle.counting(Oracle.size(shape));
            Oracle.assertSameElements("tensor of shape " + java.util.Arrays.toString(shape),
                    StridedTensor.of(data, shape), Oracle.nd(data, shape));
        }
    }

    @Test
    @DisplayName("an index out of bounds, or the wrong number of indices, is an error that says which")
    void badIndices() {
        StridedTensor t = StridedTensor.of(Oracle.counting(6), 2, 3);
        assertThatThrownBy(() -> t.get(0, 3)).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("3");
        assertThatThrownBy(() -> t.get(1, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.get(1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
    }
}
