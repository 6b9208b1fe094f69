package zerotohero.wavenet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Module;

@Exercise("08.3")
@DisplayName("08.3 Sequential: layers in a row, one module")
class SequentialTest {

    /** A layer that adds a number, so that the order of layers shows in the result. */
    private static final class Plus extends Module {
        private final double c;

        Plus(double c) {
            this.c = c;
        }

        @Override
        public Tensor forward(Tensor x) {
            return x.add(c);
        }
    }

    /** A layer that multiplies by a number. */
    private static final class Times extends Module {
        private final double c;

        Times(double c) {
            this.c = c;
        }

        @Override
        public Tensor forward(Tensor x) {
            return x.mul(c);
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("forward applies the layers in order: (x + 1) · 2 + 3")
    void inOrder() {
        Sequential seq = new Sequential(new Plus(1), new Times(2), new Plus(3));
        double y = seq.forward(Tensor.of(5)).item();
        Expect.close("(5 + 1)·2 + 3", y, 15, 1e-9, y == 13 ? "the layers ran in reverse order." : y == 6
                ? "only the first layer ran; feed each output into the next layer." : "");
        assertThat(seq.layers()).hasSize(3);
    }

    @Test
    @Timeout(60)
    @DisplayName("parameters() finds every layer's, named by position: 0.weight, 1.weight, 1.bias")
    void parameters() {
        Tensor.manualSeed(1);
        Sequential seq = new Sequential(new Embedding(27, 10), new FlattenConsecutive(3), new Linear(30, 5, true));
        Expect.equal("parameterCount()", seq.parameterCount(), 270L + 150 + 5,
                "register every layer with child(index, layer) in the constructor, so the base class can find "
                        + "their parameters (270 + 150 + 5).");
        assertThat(seq.namedParameters().keySet()).as("parameter names")
                .containsExactly("0.weight", "2.weight", "2.bias");
    }

    @Test
    @Timeout(60)
    @DisplayName("eval() and train() on the container reach every layer")
    void modes() {
        BatchNorm1d bn = new BatchNorm1d(4);
        Sequential seq = new Sequential(new Linear(3, 4, false), bn, new Tanh());
        seq.eval();
        Expect.that(!bn.isTraining(), "model.eval() must switch the batch norm inside it to eval mode: it does so by "
                + "walking the children, so each layer has to be registered with child(...).");
        seq.train();
        Expect.that(bn.isTraining(), "model.train() must switch it back.");
    }
}
