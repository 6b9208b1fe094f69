package zerotohero.kit.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import zerotohero.kit.NativeSettingsExtension;

/** The float32 functions against Java's exact ones; the loops are held to the float64 ops in Float32PathsTest. */
@ExtendWith(NativeSettingsExtension.class)
class Float32KernelsTest {

    @Test
    void polynomialExpIsAccurateToFloat32() {
        for (double v = -87; v <= 88; v += 0.0137) {
            assertThat(Float32Kernels.exp(v)).isCloseTo(Math.exp(v), within(2e-8 * Math.exp(v)));
        }
        assertThat(Float32Kernels.exp(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(Float32Kernels.exp(-100)).isZero();
        assertThat(Float32Kernels.exp(100)).isInfinite();
        assertThat(Float32Kernels.exp(Double.NaN)).isNaN();
    }

    @Test
    void vectorisedTanhIsAccurateToFloat32() {
        float[] x = new float[20001];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i - 10000) / 1000f;
        }
        float[] y = new float[x.length];
        Float32Kernels.tanh(x, y);
        for (int i = 0; i < x.length; i++) {
            assertThat((double) y[i]).as("tanh(%s)", x[i]).isCloseTo(Math.tanh(x[i]), within(3e-7));
        }
    }

    @Test
    void expFollowsTheType() {
        assertThat(Float32Kernels.exp(DataType.DOUBLE).applyAsDouble(0.3)).isEqualTo(Math.exp(0.3));
        assertThat(Float32Kernels.exp(DataType.FLOAT).applyAsDouble(0.3)).isEqualTo(Float32Kernels.exp(0.3));
    }

    @Test
    void kernelsDeclineNumbersThatAreNotFloat32() {
        JavaArray doubles = JavaArray.zeros(DataType.DOUBLE, 3);
        JavaArray floats = JavaArray.zeros(DataType.FLOAT, 3);
        assertThat(Float32Kernels.tanh(doubles, floats)).isFalse();
        assertThat(Float32Kernels.tanhBackward(floats, floats, doubles)).isFalse();
        assertThat(Float32Kernels.gelu(floats, doubles, floats)).isFalse();
        assertThat(Float32Kernels.geluBackward(floats, floats, floats, doubles)).isFalse();
        assertThat(Float32LayerNorm.forward(floats, doubles, floats, 3, 1e-5)).isNull();
        assertThat(Float32Kernels.tanh(floats, floats)).isTrue();
        assertThatThrownBy(doubles::floats).hasMessageContaining("DOUBLE");
    }

    @Test
    void maskRowsThatKeepAPrefixAndFillTheRestAreFoundAndNoOthers() {
        boolean t = true;
        boolean f = false;
        boolean[] causal = {f, t, t, f, f, t, f, f, f};
        assertThat(Float32Kernels.keptPrefixes(causal, 3)).containsExactly(1, 2, 3);
        boolean[] rows = {t, t, t, /* all filled */ f, t, f, /* a kept number after a filled one */ t, f, f};
        assertThat(Float32Kernels.keptPrefixes(rows, 3)).containsExactly(0, -1, -1);
        assertThat(Float32Kernels.keptPrefixes(causal, 9)).as("one row of 9").containsExactly(-1);
        assertThat(Float32Kernels.keptPrefixes(new boolean[] {f, f, t, t}, 4)).containsExactly(2);
        assertThat(Float32Kernels.keptPrefixes(causal, 2)).as("9 numbers are not rows of 2").isNull();
        assertThat(Float32Kernels.keptPrefixes(new boolean[0], 0)).isNull();
    }
}
