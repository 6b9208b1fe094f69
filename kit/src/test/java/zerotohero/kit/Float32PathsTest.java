package zerotohero.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.optim.Adam;
import zerotohero.kit.optim.AdamW;

/**
 * Float32 runs through code of its own (zerotohero.kit.fast): vectorised tanh, GELU and layer norm, a
 * polynomial exp, float Adam, BLAS called directly. The gradient checks exercise the float64 code; these
 * tests hold the float32 results, forward and backward, to the float64 ones. (The fast package's own tests
 * hold its helpers to ND4J's and Java's answers.)
 */
@ExtendWith(NativeSettingsExtension.class)
class Float32PathsTest {

    @BeforeEach
    void seed() {
        Tensor.manualSeed(11);
    }

    private static Tensor x(long... shape) {
        return Tensor.of(Nd4j.randn(DataType.DOUBLE, shape)).requireGrad();
    }

    /**
     * Runs {@code f} on float64 inputs and on float32 copies, backpropagates the same random gradient, and
     * compares outputs and input gradients element by element.
     */
    private static void agree(double tolerance, Function<Tensor[], Tensor> f, Tensor... inputs64) {
        Tensor[] inputs32 = new Tensor[inputs64.length];
        for (int i = 0; i < inputs64.length; i++) {
            inputs32[i] = inputs64[i].to(DataType.FLOAT);
        }
        Tensor y64 = f.apply(inputs64);
        Tensor y32 = f.apply(inputs32);
        assertThat(y32.type()).isEqualTo(DataType.FLOAT);
        INDArray upstream = Nd4j.randn(DataType.DOUBLE, y64.shape());
        y64.backward(upstream);
        y32.backward(upstream.castTo(DataType.FLOAT));
        close("output", y32.data(), y64.data(), tolerance);
        for (int i = 0; i < inputs64.length; i++) {
            if (inputs64[i].requiresGrad()) {
                close("gradient of input " + i, inputs32[i].grad(), inputs64[i].grad(), tolerance);
            }
        }
    }

    private static void close(String what, INDArray float32, INDArray float64, double tolerance) {
        double[] a = float32.castTo(DataType.DOUBLE).ravel().toDoubleVector();
        double[] b = float64.ravel().toDoubleVector();
        assertThat(a).as(what).hasSameSizeAs(b);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as(what + " at " + i).isCloseTo(b[i], within(tolerance * Math.max(1, Math.abs(b[i]))));
        }
    }

    @Test
    void elementwiseFunctions() {
        agree(1e-5, t -> t[0].tanh(), x(7, 33));
        agree(1e-5, t -> t[0].gelu(), x(5, 3, 17));
        agree(1e-5, t -> t[0].sigmoid(), x(4, 9));
        agree(1e-6, t -> t[0].relu(), x(6, 7));
        agree(1e-5, t -> t[0].exp(), x(4, 9));
        agree(1e-5, t -> t[0].mul(3).add(1).neg(), x(4, 9));
    }

    @Test
    void tanhAndGeluFarOut() {
        Tensor big = Tensor.of(new double[] {-40, -9, -7.9, -3, -1e-6, 0, 1e-6, 3, 7.9, 9, 40}).to(DataType.DOUBLE)
                .requireGrad();
        agree(1e-6, t -> t[0].tanh(), big);
        agree(1e-5, t -> t[0].gelu(), Tensor.of(big.data().dup()).requireGrad());
    }

    @Test
    void broadcastingArithmetic() {
        agree(1e-5, t -> t[0].add(t[1]), x(6, 4), x(4));          // a bias
        agree(1e-5, t -> t[0].sub(t[1]), x(3, 1, 5), x(1, 4, 1));  // both sides stretched
        agree(1e-5, t -> t[0].mul(t[1]), x(2, 3, 4), x(3, 1));
        agree(1e-4, t -> t[0].div(t[1].exp()), x(2, 5), x(2, 1));
        agree(1e-5, t -> t[0].mul(t[0]), x(3, 3));               // one tensor twice
        agree(1e-5, t -> t[0].add(t[1]).sub(t[0]), x(3, 1), x(3, 4)); // the first input stretched along rows
    }

    @Test
    void normalisationsInBothLayouts() {
        agree(1e-4, t -> t[0].normalize(new int[] {-1}, t[1], t[2], 1e-5), x(4, 6, 16), x(16), x(16));
        agree(1e-4, t -> t[0].normalize(new int[] {0}, t[1], t[2], 1e-5), x(32, 10), x(10), x(10));
        agree(1e-4, t -> t[0].normalize(new int[] {0, 1}, t[1], t[2], 1e-5), x(4, 5, 3), x(3), x(3));
        assertThatThrownBy(() -> x(2, 3, 4).normalize(new int[] {1}, x(4), x(4), 1e-5))
                .hasMessageContaining("neither");
    }

    @Test
    void reductionsOverLeadingMiddleTrailingAndScatteredDimensions() {
        int[][] dims = {{0}, {1}, {2}, {0, 1}, {1, 2}, {0, 2}, {0, 1, 2}};
        for (int[] d : dims) {
            Tensor w = x(3, 4, 5); // a different weight per element, so that each gradient is its own
            agree(1e-5, t -> t[0].sum(d, true).mul(t[1].sum(d, true)), x(3, 4, 5), w);
            agree(1e-5, t -> t[0].var(d, true, false).mul(t[1].var(d, true, true)), x(3, 4, 5), x(3, 4, 5));
        }
    }

    @Test
    void softmaxesMasksAndLosses() {
        Tensor causal = Tensor.of(new double[][] {{0, 1, 1}, {0, 0, 1}, {0, 0, 0}}).to(DataType.DOUBLE);
        agree(1e-5, t -> t[0].maskedFill(t[1], Double.NEGATIVE_INFINITY).softmax(-1), x(2, 2, 3, 3), causal);
        // rows that keep a prefix and fill the rest are copied and filled whole; any other row number by number
        Tensor holes = Tensor.of(new double[][] {{1, 0, 1}, {0, 1, 0}, {1, 1, 0}}).to(DataType.DOUBLE);
        Tensor column = Tensor.of(new double[][] {{0}, {1}, {0}}).to(DataType.DOUBLE);
        double[] scattered = new double[36];
        for (int i = 0; i < scattered.length; i++) {
            scattered[i] = i * 7 % 5 < 2 ? 1 : 0;
        }
        Tensor sameShape = Tensor.of(DataType.DOUBLE, scattered, 2, 2, 3, 3);
        for (Tensor mask : new Tensor[] {causal, holes, column, sameShape}) {
            agree(1e-5, t -> t[0].maskedFill(t[1], 3.0).mul(t[2]), x(2, 2, 3, 3), mask, x(2, 2, 3, 3));
        }
        agree(1e-5, t -> t[0].softmax(1), x(3, 4, 2));
        agree(1e-5, t -> t[0].logSoftmax(-1), x(5, 7));
        int[] targets = {3, 0, 26, 5};
        agree(1e-5, t -> t[0].crossEntropy(targets), x(4, 27));
    }

    @Test
    void shapesAndIndexing() {
        agree(1e-6, t -> Tensor.cat(1, t[0], t[1].mul(2)).permute(2, 0, 1), x(2, 3, 4), x(2, 1, 4));
        agree(1e-5, t -> t[0].sum(new int[] {0, 2}, false).add(t[0].mean(1, true).sum()), x(3, 4, 5));
        agree(1e-5, t -> t[0].var(new int[] {0}, true, true).mul(t[0].max(1, false).sum()), x(6, 5));
        agree(1e-6, t -> t[0].slice(1, 2, 5).mul(t[0].slice(1, 0, 3)), x(4, 6, 2));
        agree(1e-6, t -> t[0].view(3, 8).transpose(0, 1).mul(2), x(2, 3, 4));
        agree(1e-6, t -> t[0].rows(new int[] {1, 1, 0, 3}).view(2, 10), x(4, 5));
    }

    @Test
    void matrixProducts() {
        agree(1e-5, t -> t[0].matmul(t[1]), x(5, 3), x(3, 4));
        agree(1e-5, t -> t[0].matmul(t[1]), x(2, 5, 3), x(3, 4));                          // rows of a batch
        agree(1e-5, t -> t[0].matmul(t[1].transpose(-2, -1)), x(2, 3, 4, 5), x(2, 3, 6, 5)); // attention's q·kᵀ
        agree(1e-5, t -> t[0].matmul(t[0]), x(4, 4));                                       // one tensor twice
    }

    @Test
    void adamInFloat32FollowsFloat64() {
        for (boolean decoupled : new boolean[] {false, true}) {
            Tensor w64 = x(40);
            Tensor w32 = w64.to(DataType.FLOAT);
            Adam a64 = decoupled ? new AdamW(java.util.List.of(w64), 0.01, 0.9, 0.99, 1e-8, 0.1)
                    : new Adam(java.util.List.of(w64), 0.01, 0.9, 0.99, 1e-8, 0.1);
            Adam a32 = decoupled ? new AdamW(java.util.List.of(w32), 0.01, 0.9, 0.99, 1e-8, 0.1)
                    : new Adam(java.util.List.of(w32), 0.01, 0.9, 0.99, 1e-8, 0.1);
            for (int step = 0; step < 20; step++) {
                a64.zeroGrad();
                a32.zeroGrad();
                w64.mul(w64).sum().backward();
                w32.mul(w32).sum().backward();
                a64.step();
                a32.step();
            }
            close("weights after 20 steps, decoupled " + decoupled, w32.data(), w64.data(), 1e-5);
        }
    }
}
