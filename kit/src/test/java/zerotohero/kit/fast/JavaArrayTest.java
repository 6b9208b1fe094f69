package zerotohero.kit.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import zerotohero.kit.NativeSettingsExtension;

/** Copies in and out of ND4J arrays: views, transposes, types. */
@ExtendWith(NativeSettingsExtension.class)
class JavaArrayTest {

    @Test
    void numbersCopyInAndOut() {
        INDArray m = Nd4j.arange(0, 24).castTo(DataType.FLOAT).reshape(4, 6);
        // a view with an offset
        JavaArray rows = JavaArray.copyOf(m.get(NDArrayIndex.interval(1, 3), NDArrayIndex.all()));
        assertThat(rows.length).isEqualTo(12);
        assertThat(rows.get(0)).isEqualTo(6);
        JavaArray transposed = JavaArray.copyOf(m.transpose()); // copied row-major
        assertThat(transposed.get(1)).isEqualTo(6);
        rows.set(0, -1);
        rows.copyInto(m.get(NDArrayIndex.interval(2, 4), NDArrayIndex.all()));
        assertThat(m.getDouble(2, 0)).isEqualTo(-1);
        assertThat(m.getDouble(1, 0)).isEqualTo(6); // the copy left the original alone
        assertThat(JavaArray.zeros(DataType.DOUBLE, 3).toNd4j(3).dataType()).isEqualTo(DataType.DOUBLE);
        assertThatThrownBy(() -> rows.copyInto(Nd4j.zeros(DataType.DOUBLE, 12))).hasMessageContaining("FLOAT");
        assertThatThrownBy(() -> rows.toNd4j(5)).hasMessageContaining("12");
        assertThatThrownBy(() -> JavaArray.copyOf(Nd4j.zeros(DataType.INT32, 3))).hasMessageContaining("INT");
    }

    @Test
    void float64NumbersCopyInAndOutOfViews() {
        INDArray m = Nd4j.arange(0, 12).castTo(DataType.DOUBLE).reshape(3, 4);
        JavaArray last = JavaArray.copyOf(m.getRow(2)); // a view 8 numbers into its buffer
        assertThat(last.type()).isEqualTo(DataType.DOUBLE);
        assertThat(new double[] {last.get(0), last.get(3)}).containsExactly(8, 11);
        last.set(1, -5);
        last.copyInto(m.getRow(0));
        assertThat(m.getRow(0).toDoubleVector()).containsExactly(8, -5, 10, 11);
        assertThat(m.getDouble(2, 1)).isEqualTo(9); // the copy left the view's own numbers alone
        assertThat(m.getDouble(1, 0)).isEqualTo(4);
    }
}
