package zerotohero.batchnorm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.ContextWindows;

@Exercise("06.1")
@DisplayName("06.1 fix the initial loss: no confidently wrong softmax")
class InitialLossTest {

    @Test
    @Timeout(60)
    @DisplayName("expectedInitialLoss(27) = −ln(1/27) = 3.2958")
    void uniform() {
        Expect.close("expected loss for 27 classes", Init.expectedInitialLoss(27), 3.295836866, 1e-9,
                "a uniform guess gives every class probability 1/27; the loss is −ln of that.");
        Expect.close("expected loss for 2 classes", Init.expectedInitialLoss(2), Math.log(2), 1e-12, "");
    }

    @Test
    @Timeout(60)
    @DisplayName("output layer: N(0,1)×0.01 weights and zero bias, except for ORIGINAL")
    void outputLayer() {
        Tensor.manualSeed(1);
        Linear fixed = Recipes.output(200, 27, Recipe.FIX_SOFTMAX);
        assertThat(fixed.weight.shape()).containsExactly(200, 27);
        Expect.close("std of the weight", Fixtures.std(fixed.weight), 0.01, 0.001, "scale the N(0, 1) draws by 0.01.");
        Expect.that(fixed.bias != null && fixed.bias.data().sumNumber().doubleValue() == 0
                && fixed.bias.data().amaxNumber().doubleValue() == 0, "the output bias starts at exactly zero.");
        for (Recipe r : new Recipe[] {Recipe.FIX_TANH, Recipe.KAIMING, Recipe.BATCH_NORM}) {
            Linear out = Recipes.output(200, 27, r);
            Expect.close(r + ": std of the output weight", Fixtures.std(out.weight), 0.01, 0.001,
                    "every fix after the first keeps the small output layer.");
        }
        Linear original = Recipes.output(200, 27, Recipe.ORIGINAL);
        Expect.close("ORIGINAL: std of the output weight", Fixtures.std(original.weight), 1, 0.05, "ORIGINAL is N(0, 1).");
        Expect.close("ORIGINAL: std of the output bias", Fixtures.std(original.bias), 1, 0.35, "ORIGINAL's bias is N(0, 1).");
    }

    @Test
    @Timeout(60)
    @DisplayName("on real data, the loss at step 0 is within 0.05 of 3.2958 (ORIGINAL: far above)")
    void lossAtStepZero() {
        ContextWindows data = Fixtures.data().train();
        int n = 2048;
        Tensor.manualSeed(2147483647L);
        Tensor emb = Tensor.randn(27, 10).rows(Fixtures.flatten(data.contexts(), n)).view(n, 30);
        Tensor h = emb.matmul(Tensor.randn(30, 200)).add(Tensor.randn(200)).tanh();
        int[] y = java.util.Arrays.copyOf(data.targets(), n);
        Linear fixed = Recipes.output(200, 27, Recipe.FIX_SOFTMAX);
        double loss = h.matmul(fixed.weight).add(fixed.bias).crossEntropy(y).item();
        Expect.close("initial loss with the fixed output layer", loss, 3.2958, 0.05,
                "tiny logits make the softmax nearly uniform, so the first loss is −ln(1/27).");
        Linear original = Recipes.output(200, 27, Recipe.ORIGINAL);
        double bad = h.matmul(original.weight).add(original.bias).crossEntropy(y).item();
        assertThat(bad).as("ORIGINAL's first loss: confidently wrong logits of size ~√200").isGreaterThan(10);
    }
}
