package zerotohero.kit.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import zerotohero.kit.NativeSettingsExtension;
import zerotohero.kit.Tensor;

@ExtendWith(NativeSettingsExtension.class)
class OptimTest {

    static Tensor param(double... values) {
        return Tensor.of(values).to(DataType.DOUBLE).requireGrad();
    }

    @Test
    void sgdStepsAgainstTheGradient() {
        Tensor w = param(1, 2);
        w.mul(w).sum().backward(); // grad 2w = (2, 4)
        SGD sgd = new SGD(List.of(w), 0.1);
        sgd.step();
        assertThat(w.data().toDoubleVector()).containsExactly(new double[] {0.8, 1.6}, within(1e-12));
        sgd.zeroGrad();
        assertThat(w.grad()).isNull();
        sgd.step(); // no gradient, no move
        assertThat(w.data().getDouble(0)).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void adamFirstStepsFollowTheFormula() {
        Tensor w = param(1, -2);
        Adam adam = new Adam(List.of(w), 0.1);
        double[] m = new double[2];
        double[] v = new double[2];
        double[] p = {1, -2};
        for (int t = 1; t <= 3; t++) {
            adam.zeroGrad();
            w.mul(w).mul(w).sum().backward(); // grad 3w²
            adam.step();
            for (int i = 0; i < 2; i++) {
                double g = 3 * p[i] * p[i];
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                double mHat = m[i] / (1 - Math.pow(0.9, t));
                double vHat = v[i] / (1 - Math.pow(0.999, t));
                p[i] -= 0.1 * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        assertThat(w.data().toDoubleVector()).containsExactly(p, within(1e-9));
    }

    @Test
    void adamWithL2AndAdamWWithDecoupledDecay() {
        Tensor a = param(1);
        Tensor b = param(1);
        Adam l2 = new Adam(List.of(a), 0.1, 0.9, 0.999, 1e-8, 0.5);
        AdamW decoupled = new AdamW(List.of(b), 0.1, 0.9, 0.999, 1e-8, 0.5);
        a.mul(0).sum().backward(); // zero loss gradient: only the decay acts
        b.mul(0).sum().backward();
        l2.step();
        decoupled.step();
        // L2: the gradient 0.5·1 goes through Adam's normalisation, a full lr step: 1 − 0.1
        assertThat(a.data().getDouble(0)).isCloseTo(0.9, within(1e-6));
        // decoupled: p·(1 − lr·wd) = 0.95, then Adam sees a zero gradient
        assertThat(b.data().getDouble(0)).isCloseTo(0.95, within(1e-12));
        assertThat(new AdamW(List.of(b), 1e-3).weightDecay).isEqualTo(0.01);
    }

    @Test
    void optimisersMinimiseAQuadratic() {
        for (String kind : List.of("sgd", "adam", "adamw")) {
            Tensor w = param(3, -4);
            Optimizer opt = switch (kind) {
                case "sgd" -> new SGD(List.of(w), 0.1);
                case "adam" -> new Adam(List.of(w), 0.1);
                default -> new AdamW(List.of(w), 0.1);
            };
            for (int i = 0; i < 300; i++) {
                opt.zeroGrad();
                w.mul(w).sum().backward();
                opt.step();
            }
            assertThat(w.data().amaxNumber().doubleValue()).as(kind).isLessThan(0.05);
        }
    }

    @Test
    void schedules() {
        Schedule step = new Schedule.StepDecay(0.1, 100_000, 0.1);
        assertThat(step.at(0)).isEqualTo(0.1);
        assertThat(step.at(99_999)).isEqualTo(0.1);
        assertThat(step.at(100_000)).isCloseTo(0.01, within(1e-15));
        assertThat(new Schedule.Constant(0.5).at(7)).isEqualTo(0.5);
        Schedule cosine = new Schedule.WarmupCosine(1e-3, 1e-4, 100, 2000);
        assertThat(cosine.at(0)).isCloseTo(1e-5, within(1e-15));
        assertThat(cosine.at(99)).isCloseTo(1e-3, within(1e-15));
        assertThat(cosine.at(100)).isCloseTo(1e-3, within(1e-15));
        assertThat(cosine.at(1050)).isCloseTo(5.5e-4, within(1e-12));
        assertThat(cosine.at(2000)).isCloseTo(1e-4, within(1e-15));
        assertThat(cosine.at(5000)).isEqualTo(1e-4);
    }

    @Test
    void clippingScalesAllGradientsTogether() {
        Tensor a = param(0, 0);
        Tensor b = param(0);
        Tensor unused = param(0);
        a.mul(Tensor.of(3, 0).to(DataType.DOUBLE)).sum().add(b.mul(Tensor.of(4).to(DataType.DOUBLE)).sum()).backward();
        double norm = GradClip.clipGlobalNorm(List.of(a, b, unused), 1.0);
        assertThat(norm).isCloseTo(5.0, within(1e-12));
        assertThat(a.grad().getDouble(0)).isCloseTo(0.6, within(1e-6));
        assertThat(b.grad().getDouble(0)).isCloseTo(0.8, within(1e-6));
        assertThat(GradClip.clipGlobalNorm(List.of(a, b), 10)).isCloseTo(1.0, within(1e-5));
        assertThat(b.grad().getDouble(0)).isCloseTo(0.8, within(1e-6));
    }
}
