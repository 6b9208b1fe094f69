package zerotohero.wavenet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Module;

@Exercise("08.5")
@DisplayName("08.5 the hierarchical model")
class ModelTest {

    @Test
    @Timeout(60)
    @DisplayName("n_embd 24, n_hidden 128: 76,579 parameters; n_embd 10, n_hidden 68: 22,397")
    void parameterCounts() {
        Tensor.manualSeed(42);
        Sequential model = Models.hierarchical(Models.Config.scaledUp());
        Expect.equal("parameters of the scaled-up model", model.parameterCount(), 76_579L,
                "Embedding 27·24 = 648; level 1 Linear 48·128 = 6,144; levels 2 and 3 256·128 = 32,768 each; three "
                        + "batch norms 2·128 each; output 128·27 + 27 = 3,483. No bias on the hidden Linears.");
        Expect.equal("parameters with n_embd 10, n_hidden 68", Models.hierarchical(new Models.Config(27, 8, 10, 68))
                .parameterCount(), 22_397L, "");
    }

    @Test
    @Timeout(60)
    @DisplayName("the layers and their output shapes for a batch of 4, as the lecture prints them")
    void shapes() {
        Tensor.manualSeed(42);
        Sequential model = Models.hierarchical(Models.Config.scaledUp());
        List<String> expected = List.of(
                "Embedding [4, 8, 24]",
                "FlattenConsecutive [4, 4, 48]", "Linear [4, 4, 128]", "BatchNorm1d [4, 4, 128]", "Tanh [4, 4, 128]",
                "FlattenConsecutive [4, 2, 256]", "Linear [4, 2, 128]", "BatchNorm1d [4, 2, 128]", "Tanh [4, 2, 128]",
                "FlattenConsecutive [4, 256]", "Linear [4, 128]", "BatchNorm1d [4, 128]", "Tanh [4, 128]",
                "Linear [4, 27]");
        int[][] contexts = Arrays.copyOf(Fixtures.data().train().contexts(), 4);
        Tensor x = Embedding.ids(contexts);
        List<String> got = new ArrayList<>();
        for (Module layer : model.layers()) {
            x = layer.forward(x);
            got.add(layer.getClass().getSimpleName() + " " + Fixtures.shape(x));
        }
        assertThat(got).as("each layer's class and output shape; levels are FlattenConsecutive(2) → Linear(no "
                + "bias) → BatchNorm1d → Tanh, three times, between the Embedding and the output Linear")
                .containsExactlyElementsOf(expected);
    }

    @Test
    @Timeout(60)
    @DisplayName("layers drawn in order, no hidden bias, the output layer's weight ×0.1 with a bias")
    void initialisation() {
        Tensor.manualSeed(42);
        Sequential model = Models.hierarchical(Models.Config.scaledUp());
        Tensor.manualSeed(42);
        Tensor table = Tensor.randn(27, 24);
        Tensor first = Tensor.randn(48, 128).div(Math.sqrt(48));
        Embedding emb = (Embedding) model.layers().get(0);
        Linear level1 = (Linear) model.layers().get(2);
        Expect.close("embedding[3][5]", emb.weight.data().getDouble(3, 5), table.data().getDouble(3, 5), 1e-6,
                "create the layers in the model's order, Embedding first: the random draws follow it.");
        Expect.close("level 1 weight[7][9]", level1.weight.data().getDouble(7, 9), first.data().getDouble(7, 9), 1e-6,
                "the first Linear, Linear(2·nEmbd, nHidden), is drawn right after the embedding.");
        Expect.that(level1.bias == null, "the hidden Linears have no bias: the batch norm after them would cancel it.");
        Linear out = (Linear) model.layers().get(model.layers().size() - 1);
        double std = out.weight.data().stdNumber().doubleValue();
        Expect.close("std of the output weight", std, 0.1 / Math.sqrt(128), 0.003,
                "scale the last layer's weight by 0.1 (lessConfident) so the first predictions are nearly uniform.");
        Expect.that(out.bias != null, "the output Linear keeps its bias.");
        assertThat(Models.hierarchical(new Models.Config(27, 8, 10, 68), PerPositionBatchNorm1d::new).layers().get(3))
                .as("the batchNorm factory makes each level's normalisation layer")
                .isInstanceOf(PerPositionBatchNorm1d.class);
    }

    @Test
    @Timeout(60)
    @DisplayName("the first loss is about −ln(1/27) = 3.30; a context that does not halve to 1 is refused")
    void firstLossAndErrors() {
        Tensor.manualSeed(42);
        Sequential model = Models.hierarchical(Models.Config.scaledUp());
        double loss;
        try (NoGrad scope = NoGrad.enter()) {
            loss = Training.logits(model, Arrays.copyOf(Fixtures.data().train().contexts(), 256))
                    .crossEntropy(Arrays.copyOf(Fixtures.data().train().targets(), 256)).item();
        }
        Expect.close("loss at initialisation", loss, Math.log(27), 0.15,
                "about ln 27 when the output layer is scaled down; much higher means the ×0.1 is missing.");
        assertThatThrownBy(() -> Models.hierarchical(new Models.Config(27, 6, 10, 68)))
                .as("blockSize 6 does not halve down to one position")
                .isInstanceOf(IllegalArgumentException.class);
        Expect.equal("levels for blockSize 2", Models.hierarchical(new Models.Config(27, 2, 10, 16)).layers().size(), 6,
                "a context of 2 is a power of two: one level (FlattenConsecutive, Linear, batch norm, Tanh) then the "
                        + "output layer.");
        Expect.equal("parameters of the smallest model", Models.hierarchical(new Models.Config(1, 2, 1, 1))
                .parameterCount(), 1L + 2 + 2 + 1 + 1, "sizes of 1 are sizes: only 0 or less is an error.");
        Expect.equal("parameters of the smallest flat model", Models.flat(new Models.Config(1, 1, 1, 1)).parameterCount(),
                1L + 1 + 2 + 2, "a context of 1 is a context: only 0 or less is an error.");
        Tensor.manualSeed(42);
        Sequential flat = Models.flat(new Models.Config(27, 3, 10, 200));
        Linear flatOut = (Linear) flat.layers().get(flat.layers().size() - 1);
        Expect.close("std of the flat model's output weight", flatOut.weight.data().stdNumber().doubleValue(),
                0.1 / Math.sqrt(200), 0.003, "the flat model's output layer is scaled by 0.1 too (lessConfident).");
    }

    @Test
    @Timeout(120)
    @DisplayName("after training, eval mode: a batch of one gives the same logits as its row in a batch")
    void evalMode() {
        Tensor.manualSeed(42);
        Sequential model = Models.hierarchical(new Models.Config(27, 8, 10, 68));
        Training.train(model, Fixtures.small(), new Training.Schedule(30, 32, 0.1, 0.01, 20), 42, null);
        model.eval();
        int[][] batch = Arrays.copyOf(Fixtures.data().dev().contexts(), 32);
        double[] all;
        double[] one;
        try (NoGrad scope = NoGrad.enter()) {
            all = Fixtures.values(Training.logits(model, batch));
            one = Fixtures.values(Training.logits(model, new int[][] {batch[5]}));
        }
        for (int k = 0; k < 27; k++) {
            Expect.close("logit " + k + " of example 5 alone", one[k], all[5 * 27 + k], 1e-4,
                    "after model.eval() an example must not depend on its batch. Does eval() reach every batch "
                            + "norm (children registered), and does BatchNorm1d use the running statistics then?");
        }
    }
}
