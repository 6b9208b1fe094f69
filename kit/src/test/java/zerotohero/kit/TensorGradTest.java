package zerotohero.kit;

import static zerotohero.kit.GradCheck.assertGradients;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Every op's backward closure against finite differences, in float64. */
@ExtendWith(NativeSettingsExtension.class)
class TensorGradTest {

    @BeforeEach
    void seed() {
        Tensor.manualSeed(7);
    }

    static Tensor x(long... shape) {
        return Tensor.of(Nd4j.randn(DataType.DOUBLE, shape)).requireGrad();
    }

    static Tensor positive(long... shape) {
        return Tensor.of(Nd4j.rand(DataType.DOUBLE, shape).addi(0.5)).requireGrad();
    }

    @Test
    void addSubMulDivWithBroadcasting() {
        assertGradients(t -> t[0].add(t[1]), x(4, 3, 2), x(3, 2));
        assertGradients(t -> t[0].sub(t[1]), x(2, 1, 3), x(1, 4, 1));
        assertGradients(t -> t[0].mul(t[1]), x(4, 3), x(3));
        assertGradients(t -> t[0].mul(t[1]), x(4, 1), x(1, 5));
        assertGradients(t -> t[0].div(t[1]), x(3, 4), positive(4));
        assertGradients(t -> t[0].div(t[1]), x(2, 3), positive(2, 1));
        assertGradients(t -> t[0].mul(t[1]), x(3, 2), Tensor.of(Nd4j.scalar(DataType.DOUBLE, 1.5)).requireGrad());
    }

    @Test
    void scalarOperandsAndNegation() {
        assertGradients(t -> t[0].add(2).mul(3).sub(1).div(4).neg(), x(3, 2));
    }

    @Test
    void powers() {
        assertGradients(t -> t[0].pow(3), x(2, 3));
        assertGradients(t -> t[0].pow(-0.5), positive(2, 3));
    }

    @Test
    void elementwiseFunctions() {
        assertGradients(t -> t[0].tanh(), x(3, 4));
        assertGradients(t -> t[0].sigmoid(), x(3, 4));
        assertGradients(t -> t[0].relu(), x(3, 4));
        assertGradients(t -> t[0].exp(), x(3, 4));
        assertGradients(t -> t[0].log(), positive(3, 4));
        assertGradients(1e-5, t -> t[0].gelu(), x(3, 4));
    }

    @Test
    void reductions() {
        assertGradients(t -> t[0].sum(), x(3, 4));
        assertGradients(t -> t[0].sum(1, true), x(3, 4));
        assertGradients(t -> t[0].sum(new int[] {0, 2}, false), x(2, 3, 4));
        assertGradients(t -> t[0].mean(), x(3, 4));
        assertGradients(t -> t[0].mean(-1, false), x(2, 3, 4));
        assertGradients(t -> t[0].max(1, true), x(3, 5));
        assertGradients(t -> t[0].max(0, false), x(3, 5));
        assertGradients(t -> t[0].var(new int[] {0}, true, false), x(6, 3));
        assertGradients(t -> t[0].var(new int[] {0, 1}, false, true), x(4, 3, 2));
    }

    @Test
    void softmaxAndLogSoftmax() {
        assertGradients(t -> t[0].softmax(1), x(3, 5));
        assertGradients(t -> t[0].softmax(-1), x(2, 3, 4));
        assertGradients(t -> t[0].softmax(0), x(3, 4));
        assertGradients(t -> t[0].logSoftmax(1), x(3, 5));
        assertGradients(t -> t[0].logSoftmax(1), x(2, 3, 4));
    }

    @Test
    void fusedNormalisation() {
        assertGradients(t -> t[0].normalize(new int[] {-1}, t[1], t[2], 1e-5), x(3, 4), x(4), x(4));
        assertGradients(t -> t[0].normalize(new int[] {0, 1}, t[1], t[2], 1e-5), x(3, 2, 4), x(4), x(4));
        // the fused op equals its definition written with the basic ops
        Tensor in = x(5, 3);
        Tensor g = x(3);
        Tensor b = x(3);
        Tensor fused = in.normalize(new int[] {0}, g, b, 1e-5);
        Tensor spelled = in.sub(in.mean(0, true)).div(in.var(new int[] {0}, true, false).add(1e-5).pow(0.5)).mul(g).add(b);
        org.assertj.core.api.Assertions.assertThat(fused.sub(spelled).data().amaxNumber().doubleValue()).isLessThan(1e-12);
    }

    @Test
    void losses() {
        assertGradients(t -> t[0].crossEntropy(new int[] {0, 4, 4, 2}), x(4, 5));
        Tensor target = Tensor.of(Nd4j.randn(DataType.DOUBLE, 3, 2));
        assertGradients(t -> t[0].mse(target), x(3, 2));
        Tensor labels = Tensor.of(Nd4j.createFromArray(new double[][] {{0, 1}, {1, 0}, {1, 1}}));
        assertGradients(t -> t[0].sigmoid().binaryCrossEntropy(labels), x(3, 2));
    }

    @Test
    void matmulInTwoAndMoreDimensions() {
        assertGradients(t -> t[0].matmul(t[1]), x(3, 4), x(4, 2));
        assertGradients(t -> t[0].matmul(t[1]), x(2, 3, 4), x(4, 5));
        assertGradients(t -> t[0].matmul(t[1]), x(2, 3, 4), x(2, 4, 5));
        assertGradients(t -> t[0].matmul(t[1]), x(2, 2, 3, 4), x(2, 2, 4, 3));
        // attention's q @ kᵀ, with the transpose a view into k
        assertGradients(t -> t[0].matmul(t[1].transpose(-2, -1)), x(2, 2, 3, 4), x(2, 2, 3, 4));
    }

    @Test
    void shapeOps() {
        assertGradients(t -> t[0].view(3, 4).mul(t[1]), x(2, 6), x(3, 4));
        assertGradients(t -> t[0].view(-1), x(2, 3));
        assertGradients(t -> t[0].transpose(0, 1).mul(t[1]), x(2, 3), x(3, 2));
        assertGradients(t -> t[0].permute(2, 0, 1).mul(t[1]), x(2, 3, 4), x(4, 2, 3));
        assertGradients(t -> t[0].permute(0, 2, 1, 3).reshape(2, 3, 8), x(2, 4, 3, 2));
    }

    @Test
    void rowsWithRepeatedIndices() {
        assertGradients(t -> t[0].rows(new int[] {1, 3, 1, 1, 0}), x(4, 3));
    }

    @Test
    void slices() {
        assertGradients(t -> t[0].slice(1, 1, 3), x(2, 4));
        assertGradients(t -> t[0].slice(-1, 0, 2).mul(t[0].slice(-1, 2, 4)), x(2, 3, 4));
    }

    @Test
    void concatenation() {
        assertGradients(t -> Tensor.cat(1, t[0], t[1], t[0]), x(2, 3), x(2, 2));
        assertGradients(t -> Tensor.cat(0, t[0], t[1]), x(1, 3), x(2, 3));
    }

    @Test
    void maskedFillBeforeSoftmax() {
        Tensor causal = Tensor.of(Nd4j.ones(DataType.DOUBLE, 4, 4).sub(Nd4j.eye(4).castTo(DataType.DOUBLE)));
        Tensor upper = Tensor.of(upperTriangle(4));
        assertGradients(t -> t[0].maskedFill(upper, Double.NEGATIVE_INFINITY).softmax(-1), x(2, 4, 4));
        assertGradients(t -> t[0].maskedFill(causal, 3.0), x(4, 4));
    }

    static org.nd4j.linalg.api.ndarray.INDArray upperTriangle(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                m[i][j] = 1;
            }
        }
        return Nd4j.createFromArray(m);
    }

    @Test
    void dropoutWithAFixedSeed() {
        assertGradients(t -> {
            Tensor.manualSeed(3);
            return t[0].dropout(0.5);
        }, x(4, 5));
    }

    @Test
    void customOp() {
        CustomOp cube = new CustomOp() {
            @Override
            public org.nd4j.linalg.api.ndarray.INDArray forward(org.nd4j.linalg.api.ndarray.INDArray... in) {
                return in[0].mul(in[0]).muli(in[0]);
            }

            @Override
            public org.nd4j.linalg.api.ndarray.INDArray[] backward(org.nd4j.linalg.api.ndarray.INDArray grad,
                    org.nd4j.linalg.api.ndarray.INDArray out, org.nd4j.linalg.api.ndarray.INDArray... in) {
                return new org.nd4j.linalg.api.ndarray.INDArray[] {in[0].mul(in[0]).muli(3).muli(grad)};
            }
        };
        assertGradients(t -> Tensor.apply(cube, t[0]).mul(t[1]), x(3, 2), x(2));
    }

    @Test
    void aSmallNetworkEndToEnd() {
        int[] targets = {2, 0, 1};
        assertGradients(t -> t[0].matmul(t[1]).add(t[2]).tanh().matmul(t[3]).crossEntropy(targets),
                x(3, 4), x(4, 5), x(5), x(5, 3));
    }
}
