package zerotohero.micrograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Derivatives;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("03.5")
@DisplayName("03.5 Neuron, Layer, MLP")
class NetworkTest {

    private static List<Value> values(double... xs) {
        return java.util.Arrays.stream(xs).mapToObj(Value::of).toList();
    }

    @Test
    @DisplayName("a neuron computes w·x + b, through a ReLU when non-linear")
    void neuronForward() {
        Neuron linear = new Neuron(values(2, -1), Value.of(0.5), false);
        Neuron relu = new Neuron(values(2, -1), Value.of(0.5), true);

        Expect.close("linear neuron at x = (1, 3)", linear.forward(values(1, 3)).data(), -0.5, 1e-15,
                "w·x + b = 2·1 + (−1)·3 + 0.5.");
        Expect.close("ReLU neuron at x = (1, 3)", relu.forward(values(1, 3)).data(), 0, 0,
                "a non-linear neuron applies relu to w·x + b.");
        Expect.close("ReLU neuron at x = (3, 1)", relu.forward(values(3, 1)).data(), 5.5, 1e-15, "");
    }

    @Test
    @DisplayName("a neuron refuses an input of the wrong size, naming both sizes")
    void neuronInputSize() {
        Neuron n = new Neuron(2, true, new Random(0));
        assertThatThrownBy(() -> n.forward(values(1, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2")
                .hasMessageContaining("3");
    }

    @Test
    @DisplayName("parameters: weights then bias, the very objects the model computes with")
    void neuronParameters() {
        List<Value> w = values(0.1, 0.2, 0.3);
        Value b = Value.of(0.4);
        Neuron n = new Neuron(w, b, true);

        List<Value> ps = n.parameters();

        assertThat(ps).as("parameters of a 3-input neuron").hasSize(4);
        for (int i = 0; i < 3; i++) {
            assertThat(ps.get(i)).as("parameter %d", i).isSameAs(w.get(i));
        }
        assertThat(ps.get(3)).as("the last parameter, the bias").isSameAs(b);
    }

    @Test
    @DisplayName("parameter counts: Neuron(3) 4, Layer(3, 4) 16, MLP(3, [4, 4, 1]) 41, MLP(2, [16, 16, 1]) 337")
    void parameterCounts() {
        Random rng = new Random(1);
        Expect.equal("parameters of Neuron(3)", new Neuron(3, true, rng).parameters().size(), 4, "");
        Expect.equal("parameters of Layer(3, 4)", new Layer(3, 4, true, rng).parameters().size(), 16,
                "each of the 4 neurons has 3 weights and a bias.");
        Expect.equal("parameters of MLP(3, [4, 4, 1])", new MLP(3, List.of(4, 4, 1), rng).parameters().size(), 41, "");
        Expect.equal("parameters of MLP(2, [16, 16, 1])", new MLP(2, List.of(16, 16, 1), rng).parameters().size(), 337,
                "(2·16 + 16) + (16·16 + 16) + (16·1 + 1) = 337.");
    }

    @Test
    @DisplayName("layer and MLP outputs: one value per neuron, and the last layer is linear")
    void forwardShapes() {
        Random rng = new Random(3);
        Layer layer = new Layer(3, 4, true, rng);
        assertThat(layer.forward(values(1, -2, 0.5))).as("outputs of Layer(3, 4)").hasSize(4);

        MLP mlp = new MLP(2, List.of(8, 8, 1), new Random(4));
        boolean negative = false;
        for (int i = 0; i < 50 && !negative; i++) {
            List<Value> out = mlp.forward(values(rng.nextGaussian() * 3, rng.nextGaussian() * 3));
            assertThat(out).as("outputs of MLP(2, [8, 8, 1])").hasSize(1);
            negative = out.get(0).data() < 0;
        }
        Expect.that(negative, "the MLP never produced a negative score: its last layer must be linear (no ReLU), "
                + "or a classifier could never say −1.");
    }

    @Test
    @DisplayName("gradient check: d output / d every parameter of MLP(3, [4, 4, 1]) against central differences")
    void gradientCheck() {
        MLP mlp = new MLP(3, List.of(4, 4, 1), new Random(11));
        List<Value> x = values(0.7, -1.2, 2.0);
        List<Value> ps = mlp.parameters();

        Value out = mlp.forward(x).get(0);
        mlp.zeroGrad();
        out.backward();
        double[] analytic = ps.stream().mapToDouble(Value::grad).toArray();

        double[] start = ps.stream().mapToDouble(Value::data).toArray();
        double[] numeric = Derivatives.centralGradient(p -> {
            for (int i = 0; i < p.length; i++) {
                ps.get(i).setData(p[i]);
            }
            return mlp.forward(x).get(0).data();
        }, start, 1e-6);
        for (int i = 0; i < ps.size(); i++) {
            Expect.relativelyClose("d out / d parameter " + i, analytic[i], numeric[i], 1e-5, 1e-6,
                    "parameters() must return the values forward() uses, in a fixed order.");
        }
    }
}
