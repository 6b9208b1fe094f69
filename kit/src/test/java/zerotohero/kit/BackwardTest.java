package zerotohero.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Known values, the rules of gradient accumulation, and the errors a learner meets. */
@ExtendWith(NativeSettingsExtension.class)
class BackwardTest {

    @Test
    void xTimesXTimesYAtTwoThree() {
        Tensor x = Tensor.scalar(2).requireGrad();
        Tensor y = Tensor.scalar(3).requireGrad();
        Tensor z = x.mul(x).mul(y);
        z.backward();
        assertThat(z.item()).isEqualTo(12.0);
        assertThat(x.grad().getDouble(0)).isEqualTo(12.0); // dz/dx = 2xy
        assertThat(y.grad().getDouble(0)).isEqualTo(4.0);  // dz/dy = x²
    }

    @Test
    void crossEntropyOfUniformLogitsIsLnOfTheClassCount() {
        Tensor logits = Tensor.zeros(5, 27).requireGrad();
        Tensor loss = logits.crossEntropy(new int[] {0, 5, 26, 3, 3});
        assertThat(loss.item()).isCloseTo(Math.log(27), within(1e-6));
        assertThat(loss.item()).isCloseTo(3.2958, within(1e-4));
        loss.backward();
        // (softmax − one-hot)/n: 1/27/5 everywhere, minus 1/5 at the targets
        assertThat(logits.grad().getDouble(0, 1)).isCloseTo(1.0 / 27 / 5, within(1e-7));
        assertThat(logits.grad().getDouble(0, 0)).isCloseTo((1.0 / 27 - 1) / 5, within(1e-7));
    }

    @Test
    void crossEntropyIsStableForHugeLogits() {
        Tensor logits = Tensor.of(new double[][] {{1000, 0}, {0, -1000}});
        assertThat(logits.crossEntropy(new int[] {0, 0}).item()).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void softmaxMatchesItsDefinition() {
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}, {0, 0, 0}});
        INDArray s = x.softmax(1).data();
        double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertThat(s.getDouble(0, 2)).isCloseTo(Math.exp(3) / z, within(1e-6));
        assertThat(s.getDouble(1, 0)).isCloseTo(1.0 / 3, within(1e-6));
        assertThat(x.logSoftmax(1).data().getDouble(0, 2)).isCloseTo(3 - Math.log(z), within(1e-5));
    }

    @Test
    void aReusedTensorAccumulatesItsGradient() {
        Tensor a = Tensor.scalar(3).requireGrad();
        a.add(a).backward();
        assertThat(a.grad().getDouble(0)).isEqualTo(2.0);
    }

    @Test
    void backwardTwiceAddsUpUntilZeroGrad() {
        Tensor a = Tensor.scalar(3).requireGrad();
        Tensor b = a.mul(a).tanh().mul(2);
        b.backward();
        double once = a.grad().getDouble(0);
        b.backward();
        assertThat(a.grad().getDouble(0)).isCloseTo(2 * once, within(1e-12));
        a.zeroGrad();
        b.backward();
        assertThat(a.grad().getDouble(0)).isCloseTo(once, within(1e-12));
    }

    @Test
    void aDeepChainDoesNotOverflowASmallStack() throws Exception {
        // 256 KB of stack holds a few thousand frames of a recursive topological sort, not 20,000.
        Tensor x = Tensor.scalar(1).to(DataType.DOUBLE).requireGrad();
        Tensor[] y = {x};
        Throwable[] failure = {null};
        Thread thread = new Thread(null, () -> {
            try {
                for (int i = 0; i < 20_000; i++) {
                    y[0] = y[0].add(1);
                }
                y[0].backward();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join();
        assertThat(failure[0]).isNull();
        assertThat(y[0].item()).isEqualTo(20_001.0);
        assertThat(x.grad().getDouble(0)).isEqualTo(1.0);
    }

    @Test
    void noGradBuildsNoGraphAndNests() {
        Tensor w = Tensor.randn(3).requireGrad();
        try (NoGrad outer = NoGrad.enter()) {
            try (NoGrad inner = NoGrad.enter()) {
                assertThat(w.mul(2).requiresGrad()).isFalse();
            }
            assertThat(NoGrad.isActive()).isTrue();
            outer.close(); // closing twice is harmless
        }
        assertThat(NoGrad.isActive()).isFalse();
        Tensor y = w.mul(2);
        assertThat(y.requiresGrad()).isTrue();
        assertThat(y.op()).isEqualTo("mul");
        assertThat(y.inputs()).containsExactly(w);
    }

    @Test
    void detachCutsTheGraph() {
        Tensor w = Tensor.scalar(2).requireGrad();
        Tensor d = w.mul(3).detach();
        assertThat(d.requiresGrad()).isFalse();
        assertThat(d.item()).isEqualTo(6.0);
        Tensor loss = w.mul(d);
        loss.backward();
        assertThat(w.grad().getDouble(0)).isEqualTo(6.0);
    }

    @Test
    void backwardWithAnExplicitGradient() {
        Tensor x = Tensor.of(1, 2, 3).requireGrad();
        x.mul(2).backward(Nd4j.createFromArray(1f, 10f, 100f));
        assertThat(x.grad().toDoubleVector()).containsExactly(2, 20, 200);
    }

    @Test
    void backwardOnANonScalarWithoutAGradientSaysSo() {
        Tensor x = Tensor.ones(2, 3).requireGrad();
        assertThatThrownBy(() -> x.mul(2).backward())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a scalar")
                .hasMessageContaining("[2, 3]")
                .hasMessageContaining("backward(gradient)");
        assertThatThrownBy(() -> x.mul(2).backward(Nd4j.ones(3)))
                .hasMessageContaining("[3]").hasMessageContaining("[2, 3]");
        assertThatThrownBy(() -> Tensor.ones(1).backward()).hasMessageContaining("does not require a gradient");
    }

    @Test
    void shapesThatDoNotBroadcastNameBothShapes() {
        assertThatThrownBy(() -> Tensor.zeros(4, 3, 2).add(Tensor.zeros(2, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[4, 3, 2]").hasMessageContaining("[2, 2]");
        assertThatThrownBy(() -> Tensor.zeros(4, 3, 2).mul(Tensor.zeros(1, 6, 2)))
                .hasMessageContaining("[1, 6, 2]").hasMessageContaining("3 and 6");
    }

    @Test
    void matricesThatDoNotMultiplyNameBothShapes() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).matmul(Tensor.zeros(4, 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2, 3]").hasMessageContaining("[4, 5]").hasMessageContaining("3 and 4");
        assertThatThrownBy(() -> Tensor.zeros(3).matmul(Tensor.zeros(3, 5))).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Tensor.zeros(2, 2, 3).matmul(Tensor.zeros(3, 3, 4)))
                .hasMessageContaining("batch dimensions");
    }

    @Test
    void otherBadInputs() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).crossEntropy(new int[] {0, 3})).hasMessageContaining("target 3");
        assertThatThrownBy(() -> Tensor.zeros(2, 3).crossEntropy(new int[] {0})).hasMessageContaining("1 targets");
        assertThatThrownBy(() -> Tensor.zeros(2, 3, 4).crossEntropy(new int[] {0})).hasMessageContaining("view(-1");
        assertThatThrownBy(() -> Tensor.zeros(4, 3).rows(new int[] {4})).hasMessageContaining("index 4");
        assertThatThrownBy(() -> Tensor.zeros(2, 3).view(4, 2)).hasMessageContaining("[4, 2]");
        assertThatThrownBy(() -> Tensor.zeros(2, 3).sum(2, false)).hasMessageContaining("dimension 2");
        assertThatThrownBy(() -> Tensor.zeros(2).to(DataType.DOUBLE).add(Tensor.zeros(2)))
                .hasMessageContaining("types differ");
        assertThatThrownBy(() -> Tensor.zeros(2).item()).hasMessageContaining("one element");
        assertThatThrownBy(() -> Tensor.zeros(2).dropout(1)).hasMessageContaining("[0, 1)");
        assertThatThrownBy(() -> Tensor.cat(0, Tensor.zeros(2, 3), Tensor.zeros(2, 4))).hasMessageContaining("differ");
        assertThatThrownBy(() -> Tensor.zeros(2, 3).slice(1, 2, 5)).hasMessageContaining("[2, 5)");
        assertThatThrownBy(() -> Tensor.zeros(2).mse(Tensor.zeros(3))).hasMessageContaining("differ in shape");
        assertThatThrownBy(() -> GradCheck.check(t -> t[0], Tensor.zeros(2))).hasMessageContaining("float64");
    }

    @Test
    void dropoutKeepsTheExpectedValueAndIsOffAtZero() {
        Tensor.manualSeed(1);
        Tensor x = Tensor.ones(100, 100);
        assertThat(x.dropout(0.5).mean().item()).isCloseTo(1.0, within(0.05));
        assertThat(x.dropout(0)).isSameAs(x);
    }

    @Test
    void factoriesAndLooks() {
        assertThat(Tensor.of(1, 2, 3).shape()).containsExactly(3);
        assertThat(Tensor.of(new double[][] {{1, 2}}).size(-1)).isEqualTo(2);
        assertThat(Tensor.rand(2, 2).type()).isEqualTo(DataType.FLOAT);
        assertThat(Tensor.ones(2).to(DataType.DOUBLE).type()).isEqualTo(DataType.DOUBLE);
        assertThat(Tensor.scalar(1).rank()).isZero();
        assertThat(Tensor.of(1, 2).mul(Tensor.of(1, 2).requireGrad()).toString()).contains("op=mul");
        assertThat(Tensor.of(2, 3).max(0, true).data().getDouble(0)).isEqualTo(3.0);
    }

    @Test
    void anOpsNumbersBecomeTheArrayDataReturns() {
        Tensor x = Tensor.of(1, 2, 3);
        Tensor y = x.add(1);
        Tensor same = y.detach();
        assertThat(y.data().getDouble(0)).isEqualTo(2.0);
        INDArray data = y.data();
        assertThat(y.data()).isSameAs(data);
        data.addi(10); // the array is the tensor's numbers from now on: changing it changes the tensor
        assertThat(y.mul(1).data().toDoubleVector()).containsExactly(12, 13, 14);
        assertThat(same.data().toDoubleVector()).containsExactly(2, 3, 4); // detached before: its own numbers
        assertThat(y.shape()).containsExactly(3);
        y.shape()[0] = 7; // a copy
        assertThat(y.size(0)).isEqualTo(3);
    }

    @Test
    void viewsInferOneSizeAndRejectWhatDoesNotFit() {
        Tensor x = Tensor.zeros(2, 3, 4);
        assertThat(x.view(-1, 4).shape()).containsExactly(6, 4);
        assertThat(x.view(2, -1).shape()).containsExactly(2, 12);
        assertThat(x.add(1).view(24).shape()).containsExactly(24);
        assertThatThrownBy(() -> x.view(5, -1))
                .hasMessageContaining("cannot view shape [2, 3, 4] (24 elements) as [5, -1]");
        assertThatThrownBy(() -> x.view(-1, -1)).hasMessageContaining("as [-1, -1]");
        assertThatThrownBy(() -> x.view(4, 5)).hasMessageContaining("as [4, 5]");
        assertThatThrownBy(() -> x.view(0, -1)).hasMessageContaining("as [0, -1]");
        assertThatThrownBy(() -> x.permute(0, 1)).hasMessageContaining("does not order the 3 dimensions");
        assertThatThrownBy(() -> x.permute(0, 1, 1)).hasMessageContaining("names a dimension twice");
        assertThat(x.permute(2, 0, 1).shape()).containsExactly(4, 2, 3);
        assertThat(Tensor.of(new double[][] {{1, 2}, {3, 4}}).transpose(0, 1).data().toDoubleMatrix())
                .isEqualTo(new double[][] {{1, 3}, {2, 4}});
    }
}
