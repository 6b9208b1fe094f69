package zerotohero.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;

/** The in-place updates optimisers and running statistics use: rules in double, stored in the tensor's type. */
@ExtendWith(NativeSettingsExtension.class)
class InPlaceTest {

    @Test
    void aStepSeesEachValueWithItsGradientAndIndex() {
        Tensor w = Tensor.of(1, 2, 3).to(DataType.DOUBLE).requireGrad();
        w.mul(w).sum().backward(); // grad 2w
        InPlace.step(w, (j, value, grad) -> value - 0.5 * grad + j);
        assertThat(w.data().toDoubleVector()).containsExactly(0, 1, 2);
        assertThat(w.grad().toDoubleVector()).containsExactly(2, 4, 6); // the gradient is left alone
    }

    @Test
    void float32ValuesAreRoundedOnceAfterTheDoubleRule() {
        Tensor w = Tensor.of(0.1).requireGrad();
        w.sum().backward();
        InPlace.step(w, (j, value, grad) -> value / 3);
        assertThat(w.data().getFloat(0)).isEqualTo((float) ((double) 0.1f / 3));
    }

    @Test
    void theFloat32StepTakesOnlyFloat32() {
        Tensor w32 = Tensor.of(1, 2).requireGrad();
        w32.sum().backward();
        assertThat(InPlace.stepFloat32(w32, (values, grads) -> values[1] += grads[1] * 10)).isTrue();
        assertThat(w32.data().toDoubleVector()).containsExactly(1, 12);
        Tensor w64 = w32.to(DataType.DOUBLE);
        w64.sum().backward();
        assertThat(InPlace.stepFloat32(w64, (values, grads) -> values[0] = 99)).isFalse();
        assertThat(w64.data().getDouble(0)).isEqualTo(1);
    }

    @Test
    void assignAndReadWorkOnAnyTensor() {
        Tensor running = Tensor.zeros(3);
        double[] batch = {1, 2, 3};
        InPlace.assign(running, (c, old) -> 0.9 * old + 0.1 * batch[c]);
        assertThat(InPlace.read(running)).containsExactly(0.1f, 0.2f, (float) 0.30000000000000004);
    }

    @Test
    void aStepNeedsAGradient() {
        assertThatThrownBy(() -> InPlace.step(Tensor.ones(2).requireGrad(), (j, v, g) -> v))
                .hasMessageContaining("no gradient");
    }
}
