package zerotohero.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpectTest {

    @Test
    void closeExplainsAFailure() {
        assertThatCode(() -> Expect.close("grad of a", 2.0 + 1e-12, 2.0, 1e-9, "")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Expect.close("grad of a", 1.0, 2.0, 1e-9, "accumulate with +="))
                .hasMessage("grad of a: expected 2.0 (within 1.0E-9) but was 1.0. accumulate with +=");
        assertThatThrownBy(() -> Expect.close("x", Double.NaN, 0, 1, "")).hasMessageContaining("but was NaN");
    }

    @Test
    void relativeToleranceScalesWithTheValue() {
        assertThatCode(() -> Expect.relativelyClose("big", 1000.0009, 1000, 1e-6, 0, "")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Expect.relativelyClose("big", 1000.01, 1000, 1e-6, 0, "")).hasMessageContaining("big");
    }

    @Test
    void equalAndThat() {
        assertThatCode(() -> Expect.equal("n", 3, 3, "")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Expect.equal("n", 4, 3, "count again")).hasMessage("n: expected 3 but was 4. count again");
        assertThatThrownBy(() -> Expect.that(false, "why")).hasMessage("why");
    }

    @Test
    void centralDifferencesOfAPolynomial() {
        double[] g = Derivatives.centralGradient(x -> 3 * x[0] * x[0] - 4 * x[0] + 5 + x[0] * x[1], new double[] {3, 2}, 1e-6);
        assertThat(g[0]).isCloseTo(16.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(g[1]).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-6));
    }
}
