package zerotohero.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Batches;
import zerotohero.kit.data.PythonRandom;

@Exercise("05.6")
@DisplayName("05.6 the learning-rate sweep")
class LearningRateSweepTest {

    @Test
    @Timeout(60)
    @DisplayName("exponents(−3, 0, 1000): evenly spaced, both ends included; rates are 10^e")
    void spacing() {
        double[] e = LearningRateSweep.exponents(-3, 0, 1000);
        assertThat(e).hasSize(1000);
        Expect.close("first exponent", e[0], -3, 1e-12, "");
        Expect.close("last exponent", e[999], 0, 1e-12, "like torch.linspace, the end is included.");
        Expect.close("step", e[1] - e[0], 3.0 / 999, 1e-12, "n points span n − 1 gaps.");
        double[] r = LearningRateSweep.rates(LearningRateSweep.exponents(-3, 0, 4));
        assertThat(r).as("rates for exponents −3, −2, −1, 0").containsExactly(new double[] {0.001, 0.01, 0.1, 1.0},
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    @Timeout(60)
    @DisplayName("step i uses rates[i]; the loss of each step is measured before its update")
    void sweepByHand() {
        Examples data = Examples.of(Fixtures.names().subList(0, 200), Fixtures.vocab(), 3);
        MLP.Config c = new MLP.Config(27, 3, 3, 8);
        double[] rates = {0.5, 0.01, 1.0, 0.1};
        MLP swept = Fixtures.seeded(c, 8);
        MLP byHand = Fixtures.seeded(c, 8);
        double[] losses = LearningRateSweep.sweep(swept, data, rates, 16, new PythonRandom(3));
        PythonRandom random = new PythonRandom(3);
        for (int i = 0; i < rates.length; i++) {
            int[] ix = Batches.indices(data.size(), 16, random);
            Tensor loss = byHand.forward(Batches.rows(data.x(), ix)).crossEntropy(Batches.rows(data.y(), ix));
            byHand.parameters().forEach(Tensor::zeroGrad);
            loss.backward();
            for (Tensor p : byHand.parameters()) {
                p.data().subi(p.grad().mul(rates[i]));
            }
            Expect.close("loss at rate " + rates[i], losses[i], loss.item(), 1e-5,
                    "one update per rate, in order, with fresh gradients each step.");
        }
        double[] a = Fixtures.flat(swept);
        double[] b = Fixtures.flat(byHand);
        for (int i = 0; i < a.length; i++) {
            Expect.close("parameter " + i, a[i], b[i], 1e-5, "the sweep trains the model it is given, in place.");
        }
    }
}
