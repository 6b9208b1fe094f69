package zerotohero.batchnorm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("06.3")
@DisplayName("06.3 Kaiming initialisation and the hidden layer of each recipe")
class KaimingTest {

    @Test
    @Timeout(60)
    @DisplayName("kaiming(fanIn, fanOut, gain): shape (fanIn, fanOut), std gain/√fanIn")
    void scale() {
        Tensor.manualSeed(3);
        Tensor w = Init.kaiming(400, 300, 5.0 / 3);
        assertThat(w.shape()).containsExactly(400, 300);
        Expect.close("std", Fixtures.std(w), 5.0 / 3 / 20, 0.003, "gain / √fanIn = (5/3)/√400; divide by √fanIn, not fanIn or fanOut.");
        Expect.close("mean", Fixtures.mean(w), 0, 0.002, "draw from N(0, 1).");
    }

    @Test
    @Timeout(60)
    @DisplayName("with gain 1, x @ W keeps unit variance")
    void preservesVariance() {
        Tensor.manualSeed(4);
        Tensor x = Tensor.randn(1000, 500);
        Tensor y = x.matmul(Init.kaiming(500, 200, 1.0));
        Expect.close("std of x @ W", Fixtures.std(y), 1, 0.05, "Var(x·W) = fanIn·Var(W) for unit x: Var(W) must be 1/fanIn.");
    }

    @Test
    @Timeout(60)
    @DisplayName("hidden(): each recipe's weight and bias scales; BATCH_NORM has no bias")
    void recipes() {
        Tensor.manualSeed(5);
        Linear original = Recipes.hidden(300, 400, Recipe.ORIGINAL);
        Expect.close("ORIGINAL weight std", Fixtures.std(original.weight), 1, 0.02, "");
        Expect.close("FIX_SOFTMAX weight std", Fixtures.std(Recipes.hidden(300, 400, Recipe.FIX_SOFTMAX).weight), 1, 0.02,
                "the first fix only touches the output layer.");
        Linear tanh = Recipes.hidden(300, 400, Recipe.FIX_TANH);
        Expect.close("FIX_TANH weight std", Fixtures.std(tanh.weight), 0.2, 0.005, "the lecture's hand-picked ×0.2.");
        Expect.close("FIX_TANH bias std", Fixtures.std(tanh.bias), 0.01, 0.002, "bias ×0.01.");
        Linear kaiming = Recipes.hidden(300, 400, Recipe.KAIMING);
        Expect.close("KAIMING weight std", Fixtures.std(kaiming.weight), 5.0 / 3 / Math.sqrt(300), 0.003,
                "Init.kaiming with the tanh gain 5/3.");
        Expect.close("KAIMING bias std", Fixtures.std(kaiming.bias), 0.01, 0.002, "");
        Linear bn = Recipes.hidden(300, 400, Recipe.BATCH_NORM);
        Expect.close("BATCH_NORM weight std", Fixtures.std(bn.weight), 5.0 / 3 / Math.sqrt(300), 0.003, "");
        Expect.that(bn.bias == null, "BATCH_NORM: no hidden bias, batch norm subtracts the mean and would cancel it.");
        assertThat(bn.parameters()).hasSize(1);
    }

    @Test
    @Timeout(60)
    @DisplayName("Kaiming cuts tanh saturation: ORIGINAL > 50%, KAIMING < 30%")
    void saturationDrops() {
        Tensor.manualSeed(6);
        Tensor x = Tensor.randn(256, 30);
        double before = Saturation.fraction(x.matmul(Recipes.hidden(30, 200, Recipe.ORIGINAL).weight).tanh(), 0.97);
        double after = Saturation.fraction(x.matmul(Recipes.hidden(30, 200, Recipe.KAIMING).weight).tanh(), 0.97);
        assertThat(before).as("saturated fraction, ORIGINAL").isGreaterThan(0.5);
        assertThat(after).as("saturated fraction, KAIMING").isLessThan(0.3);
    }
}
