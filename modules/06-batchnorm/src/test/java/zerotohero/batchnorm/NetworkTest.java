package zerotohero.batchnorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.ContextWindows;
import zerotohero.kit.data.NameSplits;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.nn.Module;
import zerotohero.kit.run.TrainingSettings;

@Exercise("06.7")
@DisplayName("06.7 the full network")
class NetworkTest {

    @Test
    @Timeout(60)
    @DisplayName("11,897 parameters, 12,097 with batch norm")
    void parameterCounts() {
        Tensor.manualSeed(1);
        Expect.equal("ORIGINAL parameters", new Network(Network.Config.lecture(), Recipe.ORIGINAL).parameterCount(),
                11_897L, "C 270, W1 6,000, b1 200, W2 5,400, b2 27.");
        Network bn = new Network(Network.Config.lecture(), Recipe.BATCH_NORM);
        Expect.equal("BATCH_NORM parameters", bn.parameterCount(), 12_097L,
                "no b1, but the batch norm's gamma and beta (200 each).");
        assertThat(bn.layers()).extracting(m -> m.getClass().getSimpleName())
                .containsExactly("Linear", "BatchNorm1d", "Tanh", "Linear");
    }

    @Test
    @Timeout(60)
    @DisplayName("logits: embeddings side by side (oldest first), then the layers in order")
    void logitsByHand() {
        double[][] c = new double[4][2];
        for (int i = 0; i < 4; i++) {
            c[i] = new double[] {i, 10 * i};
        }
        Linear l = new Linear(Tensor.of(new double[][] {{1, 0}, {0, 0}, {0, 1}, {0, 0}}), Tensor.of(0, 0));
        Network net = new Network(new Network.Config(4, 2, 2, 2), Tensor.of(c), java.util.List.<Module>of(l));
        double[][] y = Fixtures.matrix(net.logits(new int[][] {{1, 3}, {2, 0}}));
        assertThat(y).as("W picks emb[0] and emb[2]: C[x0][0] and C[x1][0]; (1, 3) and (2, 0) if the order is right")
                .isDeepEqualTo(new double[][] {{1, 3}, {2, 0}});
    }

    @Test
    @Timeout(60)
    @DisplayName("forward runs every layer in order")
    void forwardOrder() {
        Linear a = new Linear(Tensor.of(new double[][] {{2}}), Tensor.of(1));
        Linear b = new Linear(Tensor.of(new double[][] {{3}}), null);
        Network net = new Network(new Network.Config(2, 1, 1, 1), Tensor.of(new double[][] {{0}, {1}}),
                java.util.List.<Module>of(a, new Tanh(), b));
        double y = net.forward(Tensor.of(new double[][] {{0.5}})).item();
        Expect.close("forward", y, 3 * Math.tanh(2 * 0.5 + 1), 1e-6, "Linear(2x + 1) → tanh → Linear(3x).");
    }

    @Test
    @Timeout(10)
    @DisplayName("deep: depth blocks of Linear → [BatchNorm1d] → Tanh, then Linear → [BatchNorm1d]; logits (n, vocab)")
    void deepNetworks() {
        Tensor.manualSeed(3);
        Network.Config c = new Network.Config(5, 2, 3, 8);
        int[][] x = {{0, 1}, {2, 3}, {4, 4}};
        for (boolean batchNorm : new boolean[] {false, true}) {
            Network net = Network.deep(c, 2, batchNorm);
            Tensor logits = net.logits(x);
            assertThat(logits.shape()).as("deep(…, %s) logits of 3 contexts over 5 characters", batchNorm)
                    .containsExactly(3L, 5L);
            assertThat(net.layers()).extracting(m -> m.getClass().getSimpleName())
                    .as("deep(config, 2, batchNorm = %s): two hidden blocks, then the output layer", batchNorm)
                    .containsExactlyElementsOf(batchNorm
                            ? java.util.List.of("Linear", "BatchNorm1d", "Tanh", "Linear", "BatchNorm1d", "Tanh",
                                    "Linear", "BatchNorm1d")
                            : java.util.List.of("Linear", "Tanh", "Linear", "Tanh", "Linear"));
            for (Module m : net.layers()) {
                if (m instanceof Linear l) {
                    assertThat(l.bias == null).as("deep(…, batchNorm = %s): a Linear has a bias exactly when no batch"
                            + " norm follows it (the batch norm's beta would cancel it)", batchNorm)
                            .isEqualTo(batchNorm);
                }
            }
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("BATCH_NORM: loss at step 0 near 3.2958; 120 steps learn; eval differs from train mode")
    void trainsAndEvaluates() {
        NameSplits data = Fixtures.data();
        Tensor.manualSeed(2147483647L);
        Network net = new Network(Network.Config.lecture(), Recipe.BATCH_NORM);
        ContextWindows train = data.train();
        int[][] x = Arrays.copyOf(train.contexts(), 512);
        int[] y = Arrays.copyOf(train.targets(), 512);
        double first = net.logits(x).crossEntropy(y).item();
        Expect.close("loss at step 0", first, 3.2958, 0.05, "the output layer starts small (06.1).");
        Training.train(net, train, new TrainingSettings(120, 32, 0.2, 0.2, 120), new PythonRandom(1), null);
        double trained = Training.loss(net, new ContextWindows(x, y));
        assertThat(trained).as("eval-mode loss on 512 training examples after 120 steps").isLessThan(3.0);
        net.train();
        double batchStats = net.logits(Arrays.copyOf(x, 4)).crossEntropy(Arrays.copyOf(y, 4)).item();
        net.eval();
        double running = net.logits(Arrays.copyOf(x, 4)).crossEntropy(Arrays.copyOf(y, 4)).item();
        Expect.that(Math.abs(batchStats - running) > 1e-4,
                "on a batch of 4, training mode (batch statistics) and eval mode (running statistics) must differ.");
    }
}
