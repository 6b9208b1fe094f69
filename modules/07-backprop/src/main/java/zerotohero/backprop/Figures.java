package zerotohero.backprop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Batches;
import zerotohero.kit.data.NameSplits;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.run.TrainingSettings;

/**
 * Draws the lesson's figure into modules/07-backprop/figures: {@code dlogits} of one batch of 32, the
 * gradient the fused cross-entropy sends back, as a heat map (rows: the examples; columns: the 27
 * characters), for the network at initialisation and after 1,000 steps of training.
 */
public final class Figures {

    private Figures() {
    }

    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        draw(NameSplits.load(3), Train.LESSON.dir().resolve("figures"), 1_000);
    }

    static void draw(NameSplits data, Path figures, int steps) {
        Tensor.manualSeed(Train.SEED);
        Network net = Network.init(Network.Config.lecture());
        PythonRandom random = new PythonRandom(Train.SEED);
        int[] ix = Batches.indices(data.train().size(), 32, random);
        int[][] x = Batches.rows(data.train().contexts(), ix);
        int[] y = Batches.rows(data.train().targets(), ix);
        heatMap(net, x, y, data, "dlogits of one batch at initialisation (×32)")
                .save(figures.resolve("dlogits-init.svg"));
        Training.train(net, data.train(), TrainingSettings.lecture().withSteps(steps), random, null);
        heatMap(net, x, y, data, "dlogits of the same batch after " + String.format("%,d", steps) + " steps (×32)")
                .save(figures.resolve("dlogits-trained.svg"));
    }

    /** n·dlogits = softmax − one-hot, so every row sums to zero and the scale does not depend on n. */
    static Chart<?> heatMap(Network net, int[][] x, int[] y, NameSplits data, String title) {
        INDArray dlogits = CrossEntropy.backward(Training.Pass.of(net, x).logits(), y).data().mul(x.length);
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < net.config.vocabSize(); c++) {
            columns.add(data.vocab().itos(c));
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            StringBuilder context = new StringBuilder();
            Arrays.stream(x[i]).forEach(id -> context.append(data.vocab().itos(id)));
            rows.add(context + " → " + data.vocab().itos(y[i]));
        }
        return Chart.heatMap(title).values(dlogits.toDoubleMatrix()).rowLabels(rows).columnLabels(columns)
                .xLabel("character").yLabel("example: context → target").size(900, 900);
    }
}
