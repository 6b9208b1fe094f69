package zerotohero.backprop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.grading.Expect;

/** Not graded: the given network, forward pass and comparison helper are what the lesson says they are. */
@DisplayName("07 the given network, forward pass and Compare")
class NetworkTest {

    @Test
    @Timeout(60)
    @DisplayName("4,137 parameters with 64 hidden units, 12,297 with 200; float64 throughout")
    void parameterCounts() {
        Network net = Fixtures.network(1);
        Expect.equal("parameters, n_hidden 64", net.parameterCount(), 4_137L,
                "C 270, W1 1,920, b1 64, W2 1,728, b2 27, bngain 64, bnbias 64.");
        Expect.equal("parameters, n_hidden 200", Network.init(Network.Config.full()).parameterCount(), 12_297L, "");
        assertThat(net.parameters()).allMatch(p -> p.type() == DataType.DOUBLE && p.requiresGrad());
        assertThat(net.bngain.shape()).containsExactly(1, 64);
        assertThat(net.b1.shape()).containsExactly(64);
    }

    @Test
    @Timeout(60)
    @DisplayName("the eight-step loss equals kit's fused cross-entropy, near ln 27 at initialisation")
    void forwardLoss() {
        Forward f = Fixtures.forwardWithAutograd();
        double fused = f.logits().detach().crossEntropy(f.y()).item();
        Expect.close("loss", f.loss().item(), fused, 1e-12, "");
        Expect.close("loss at initialisation", f.loss().item(), Math.log(27), 0.4, "");
        Expect.that(f.net().b1.grad().amaxNumber().doubleValue() < 1e-12,
                "batch norm removes b1's effect: its gradient is zero up to rounding");
    }

    @Test
    @Timeout(60)
    @DisplayName("Compare reports exact, approximate and the max difference, and a shape mismatch")
    void compare() {
        var a = Nd4j.createFromArray(new double[][] {{1, 2, 3}});
        Compare same = Compare.of("x", a, a.dup());
        assertThat(same.exact()).isTrue();
        assertThat(same.approximate()).isTrue();
        assertThat(same.maxDiff()).isZero();
        Compare close = Compare.of("x", a, a.add(1e-9));
        assertThat(close.exact()).isFalse();
        assertThat(close.approximate()).isTrue();
        assertThat(close.maxDiff()).isBetween(0.5e-9, 2e-9);
        Compare flat = Compare.of("x", a, Nd4j.createFromArray(1.0, 2, 3));
        assertThat(flat.sameShape()).isFalse();
        assertThat(flat.approximate()).isFalse();
        assertThat(flat.maxDiff()).isZero();
        assertThat(flat.toString()).contains("shape [3], expected [1, 3]");
        assertThat(Compare.of("x", a, null).toString()).contains("not computed");
    }
}
