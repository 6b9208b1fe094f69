package zerotohero.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;

@Exercise("01.4")
@DisplayName("01.4 contiguity, copies and view")
class ContiguityTest {

    @Test
    @DisplayName("a new tensor is contiguous, its transpose is not, a slice along the first dimension is")
    void isContiguous() {
        StridedTensor t = StridedTensor.of(Oracle.counting(24), 2, 3, 4);
        assertThat(t.isContiguous()).as("a new (2,3,4) tensor").isTrue();
        assertThat(t.transpose(1, 2).isContiguous()).as("its transpose(1, 2)").isFalse();
        assertThat(t.slice(0, 1, 2).isContiguous()).as("slice(0, 1, 2)").isTrue();
        assertThat(t.slice(2, 0, 2).isContiguous()).as("slice(2, 0, 2): rows with gaps").isFalse();
        assertThat(t.transpose(0, 0).isContiguous()).as("transpose(0, 0) changes nothing").isTrue();
    }

    @Test
    @DisplayName("contiguous() copies into row-major order: equal to ND4J's dup('c') of the permuted array")
    void contiguousCopies() {
        Random rng = new Random(5);
        for (int trial = 0; trial < 30; trial++) {
            int[] shape = Oracle.randomShape(rng, 2, 4);
            int d0 = rng.nextInt(shape.length);
            int d1 = rng.nextInt(shape.length);
            float[] data = Oracle.counting(Oracle.size(shape));
            StridedTensor c = StridedTensor.of(data, shape).transpose(d0, d1).contiguous();
            assertThat(c.isContiguous()).as("contiguous() result").isTrue();
            if (d0 != d1 && shape[d0] != 1 && shape[d1] != 1) {
                assertThat(c.sharesStorageWith(StridedTensor.of(data, shape))).as("contiguous() of a non-contiguous "
                        + "transpose is a copy: it must not share the original's storage").isFalse();
            }
            Oracle.assertSameElements("contiguous() of transpose(" + d0 + ", " + d1 + ") of " + Arrays.toString(shape),
                    c, Oracle.nd(data, shape).permute(ViewsTest.swap(shape.length, d0, d1)).dup('c'));
        }
    }

    @Test
    @DisplayName("view of a contiguous tensor shares storage and matches ND4J's reshape")
    void viewOfContiguous() {
        float[] data = Oracle.counting(24);
        StridedTensor t = StridedTensor.of(data, 2, 3, 4);
        StridedTensor v = t.view(6, 4);
        assertThat(v.sharesStorageWith(t)).as("a view shares storage").isTrue();
        Oracle.assertSameElements("view(6, 4) of (2,3,4)", v, Oracle.nd(data, 2, 3, 4).reshape('c', new long[] {6, 4}));
        Oracle.assertSameElements("view(4, 3) of slice(0, 1, 2)", StridedTensor.of(data, 2, 3, 4).slice(0, 1, 2).view(4, 3),
                Oracle.nd(data, 2, 3, 4).slice(1).reshape('c', new long[] {4, 3}));
        assertThatThrownBy(() -> t.view(5, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("24");
    }

    @Test
    @DisplayName("view of a non-contiguous tensor refuses, instead of silently reading the wrong order")
    void viewOfNonContiguous() {
        float[] data = Oracle.counting(6);
        StridedTensor transposed = StridedTensor.of(data, 2, 3).transpose(0, 1);

        assertThatExceptionOfType(IllegalStateException.class)
                .as("view(6) of a transposed (2,3) tensor must refuse: its elements in row-major order are "
                        + "0 3 1 4 2 5, not the storage order 0 1 2 3 4 5, so a view would silently read them in "
                        + "the wrong order")
                .isThrownBy(() -> transposed.view(6))
                .withMessageContaining("contiguous()");
        Oracle.assertSameElements("contiguous().view(6) of the transpose", transposed.contiguous().view(6),
                Oracle.nd(data, 2, 3).transpose().dup('c').reshape('c', new long[] {6}));
    }

    @Test
    @DisplayName("toArray lists the elements in row-major order, whatever the strides")
    void toArray() {
        float[] data = Oracle.counting(6);
        assertThat(StridedTensor.of(data, 2, 3).transpose(0, 1).toArray()).containsExactly(0, 3, 1, 4, 2, 5);
        assertThat(StridedTensor.of(data, 2, 3).slice(0, 1, 2).toArray()).containsExactly(3, 4, 5);
    }
}
