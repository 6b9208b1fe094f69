package zerotohero.kit.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static zerotohero.kit.GradCheck.assertGradients;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.NativeSettingsExtension;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;

/** Every layer gradient-checked in float64 (inputs and parameters), plus the behaviour each promises. */
@ExtendWith(NativeSettingsExtension.class)
class LayersTest {

    @BeforeEach
    void seed() {
        Tensor.manualSeed(11);
    }

    static Tensor x(long... shape) {
        return Tensor.of(Nd4j.randn(DataType.DOUBLE, shape)).requireGrad();
    }

    /** Gradient check of a layer in float64, with respect to its input and every parameter. */
    static void checkLayer(Module layer, Tensor input) {
        assertThat(layer.parameters()).allMatch(p -> p.type() == DataType.FLOAT); // float32 by default
        layer.to(DataType.DOUBLE);
        List<Tensor> inputs = new ArrayList<>();
        inputs.add(input);
        inputs.addAll(layer.parameters());
        assertGradients(1e-5, t -> layer.forward(t[0]), inputs.toArray(Tensor[]::new));
    }

    @Test
    void linearWithAndWithoutBias() {
        checkLayer(new Linear(4, 3), x(5, 4));
        checkLayer(new Linear(4, 3, false), x(2, 5, 4));
        Linear l = new Linear(30, 200, false);
        assertThat(l.parameterCount()).isEqualTo(6000);
        assertThat(l.weight.data().stdNumber().doubleValue()).isCloseTo(1 / Math.sqrt(30), within(0.02));
    }

    @Test
    void embeddingWithRepeatedIds() {
        Embedding e = new Embedding(5, 3);
        Tensor ids = Embedding.ids(new int[][] {{1, 1, 4}, {0, 1, 4}});
        assertThat(e.forward(ids).shape()).containsExactly(2, 3, 3);
        assertThat(e.forward(Embedding.ids(2, 2)).data().getRow(0)).isEqualTo(e.weight.data().getRow(2));
        e.to(DataType.DOUBLE);
        assertGradients(t -> e.forward(ids), e.weight);
    }

    @Test
    void batchNormTrainingOn2dAnd3dInput() {
        checkLayer(new BatchNorm1d(3), x(6, 3));
        checkLayer(new BatchNorm1d(3), x(4, 5, 3));
    }

    @Test
    void batchNormEvaluation() {
        BatchNorm1d bn = new BatchNorm1d(3);
        bn.eval();
        checkLayer(bn, x(6, 3));
    }

    @Test
    void batchNormNormalisesPerFeatureAndTracksRunningStatistics() {
        BatchNorm1d bn = new BatchNorm1d(2);
        Tensor x = Tensor.of(new double[][] {{1, 10}, {3, 30}, {5, 50}, {7, 70}});
        Tensor y = bn.forward(x);
        assertThat(y.mean(0, false).data().toDoubleVector()).containsExactly(new double[] {0, 0}, within(1e-5));
        // biased variance for normalising: (x − 4)/√5
        assertThat(y.data().getDouble(0, 0)).isCloseTo(-3 / Math.sqrt(5 + 1e-5), within(1e-5));
        // running mean 0.9·0 + 0.1·4; running var 0.9·1 + 0.1·(20/3, unbiased)
        assertThat(bn.runningMean.data().getDouble(0)).isCloseTo(0.4, within(1e-6));
        assertThat(bn.runningVar.data().getDouble(0)).isCloseTo(0.9 + 0.1 * 20 / 3.0, within(1e-5));
        bn.eval();
        Tensor one = bn.forward(Tensor.of(new double[][] {{1, 10}}));
        assertThat(one.data().getDouble(0, 0)).isCloseTo((1 - 0.4) / Math.sqrt(0.9 + 2 / 3.0 + 1e-5), within(1e-5));
        assertThatThrownBy(() -> bn.forward(Tensor.zeros(2))).hasMessageContaining("rank 1");
    }

    @Test
    void batchNorm3dUsesStatisticsPerChannel() {
        BatchNorm1d bn = new BatchNorm1d(4);
        bn.forward(Tensor.randn(8, 5, 4));
        assertThat(bn.runningMean.shape()).containsExactly(4);
    }

    @Test
    void layerNorm() {
        checkLayer(new LayerNorm(4), x(3, 4));
        checkLayer(new LayerNorm(4), x(2, 3, 4));
        Tensor y = new LayerNorm(3).forward(Tensor.of(new double[][] {{1, 2, 3}}));
        assertThat(y.data().getDouble(0, 2)).isCloseTo(1 / Math.sqrt(2 / 3.0 + 1e-5), within(1e-5));
    }

    @Test
    void activationsAndSequential() {
        Sequential net = new Sequential(new Linear(3, 4), new Tanh(), new Linear(4, 4), new ReLU(), new Linear(4, 2));
        checkLayer(net, x(5, 3));
        assertThat(net.namedParameters().keySet())
                .containsExactly("0.weight", "0.bias", "2.weight", "2.bias", "4.weight", "4.bias");
        assertThat(net.layers()).hasSize(5);
    }

    @Test
    void dropoutLayerWithAFixedSeed() {
        Dropout d = new Dropout(0.3);
        assertGradients(t -> {
            Tensor.manualSeed(9);
            return d.forward(t[0]);
        }, x(4, 6));
    }

    @Test
    void dropoutIsActiveOnlyWhileTraining() {
        Dropout d = new Dropout(0.5);
        Tensor ones = Tensor.ones(10, 10);
        assertThat(d.forward(ones).data().minNumber().doubleValue()).isZero();
        d.eval();
        assertThat(d.forward(ones)).isSameAs(ones);
        d.train();
        assertThat(d.isTraining()).isTrue();
    }

    @Test
    void makemoreMlpParameterCounts() {
        // the lecture's MLP: C 27×10, W1 30×200, b1, W2 200×27, b2
        Sequential mlp = new Sequential(new Linear(30, 200), new Tanh(), new Linear(200, 27));
        assertThat(mlp.parameterCount() + 27 * 10).isEqualTo(11_897);
        // with batch norm, no bias before it: 12,097
        Sequential bn = new Sequential(new Linear(30, 200, false), new BatchNorm1d(200), new Tanh(), new Linear(200, 27));
        assertThat(bn.parameterCount() + 27 * 10).isEqualTo(12_097);
        bn.eval();
        assertThat(bn.layers().get(1).isTraining()).isFalse();
        assertThat(bn.namedBuffers()).containsKeys("1.runningMean", "1.runningVar");
    }

    @Test
    void zeroGradClearsEveryParameter() {
        Linear l = new Linear(2, 2);
        l.forward(Tensor.ones(1, 2)).sum().backward();
        assertThat(l.weight.grad()).isNotNull();
        l.zeroGrad();
        assertThat(l.parameters()).allMatch(p -> p.grad() == null);
        try (NoGrad scope = NoGrad.enter()) {
            assertThat(l.forward(Tensor.ones(1, 2)).requiresGrad()).isFalse();
        }
    }
}
