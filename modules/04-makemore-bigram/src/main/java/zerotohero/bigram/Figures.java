package zerotohero.bigram;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.data.Datasets;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.plot.HeatMap;
import zerotohero.kit.plot.LineChart;
import zerotohero.kit.run.Lesson;

/**
 * Draws the lesson's figures from the module's own code, into modules/04-makemore-bigram/figures, and
 * prints the sampled names that the lesson quotes. Run it from the repository root (see the lesson).
 */
public final class Figures {

    static final Lesson LESSON = new Lesson("04-makemore-bigram");

    /** The seed of the sampled names in the lesson. */
    static final long SAMPLE_SEED = 2147483647L;

    /** The seed of the neural bigram's initial weights in the loss-curve figure. */
    static final long WEIGHT_SEED = 42;

    private Figures() {
    }

    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        Path out = LESSON.dir().resolve("figures");
        List<String> words = Datasets.standard().lines("names.txt");
        Vocabulary vocab = Vocabulary.of(words);
        int[][] counts = Bigrams.counts(words, vocab);
        System.out.println("wrote " + countsHeatMap(counts, vocab).save(out.resolve("bigram-counts.svg")));

        long countStart = System.nanoTime();
        BigramModel model = BigramModel.fromCounts(vocab, Bigrams.counts(words, vocab), 1);
        double reference = model.nll(words);
        double countSeconds = (System.nanoTime() - countStart) / 1e9;
        PythonRandom random = new PythonRandom(SAMPLE_SEED);
        System.out.println("names sampled with PythonRandom(" + SAMPLE_SEED + "):");
        for (int i = 0; i < 10; i++) {
            System.out.println("  " + model.sample(random::random));
        }

        NeuralBigram net = new NeuralBigram(vocab.size(), WEIGHT_SEED);
        Bigrams.Examples examples = Bigrams.examples(words, vocab);
        // Two calls, so that the time of the lecture's 100 steps can be told apart: the first returns the
        // losses after 0..100 updates, the second carries on from there to 199.
        long trainStart = System.nanoTime();
        double[] first = net.train(examples, 101, NeuralBigram.LEARNING_RATE);
        double trainSeconds = (System.nanoTime() - trainStart) / 1e9;
        double[] rest = net.train(examples, 99, NeuralBigram.LEARNING_RATE);
        double[] losses = new double[first.length + rest.length];
        System.arraycopy(first, 0, losses, 0, first.length);
        System.arraycopy(rest, 0, losses, first.length, rest.length);
        System.out.printf(Locale.ROOT, "counts NLL %.6f; neural loss %.4f at step 0, %.4f at step 100, %.4f at step 199%n",
                reference, losses[0], losses[100], losses[199]);
        System.out.println("wrote " + lossCurve(losses, reference).save(out.resolve("neural-loss.svg")));

        Path results = out.resolveSibling("results");
        Map<String, Object> countSettings = new LinkedHashMap<>();
        countSettings.put("smoothing", 1);
        countSettings.put("words", words.size());
        countSettings.put("bigrams", examples.size());
        Map<String, Object> countRun = new LinkedHashMap<>();
        countRun.put("module", "04-makemore-bigram");
        countRun.put("run", "counts");
        countRun.put("settings", countSettings);
        countRun.put("wallSeconds", Math.round(countSeconds * 100) / 100.0);
        countRun.put("trainLoss", Math.round(reference * 1e6) / 1e6);
        Lesson.write(results.resolve("counts.json"), Lesson.json(countRun, "") + "\n");

        Map<String, Object> neuralSettings = new LinkedHashMap<>();
        neuralSettings.put("learningRate", NeuralBigram.LEARNING_RATE);
        neuralSettings.put("regularisation", NeuralBigram.REGULARISATION);
        neuralSettings.put("bigrams", examples.size());
        neuralSettings.put("weightSeed", WEIGHT_SEED);
        Map<String, Object> neuralRun = new LinkedHashMap<>();
        neuralRun.put("module", "04-makemore-bigram");
        neuralRun.put("run", "neural-bigram");
        neuralRun.put("settings", neuralSettings);
        neuralRun.put("steps", 100);
        neuralRun.put("wallSeconds", Math.round(trainSeconds * 10) / 10.0);
        neuralRun.put("initialLoss", Math.round(losses[0] * 1e4) / 1e4);
        neuralRun.put("trainLoss", Math.round(losses[100] * 1e4) / 1e4);
        neuralRun.put("lossAfter199Steps", Math.round(losses[199] * 1e4) / 1e4);
        Lesson.write(results.resolve("neural-bigram.json"), Lesson.json(neuralRun, "") + "\n");
        System.out.println("wrote " + results.resolve("counts.json") + " and " + results.resolve("neural-bigram.json"));
    }

    /** The count matrix as a 27 × 27 heat map, each cell labelled with its bigram and its count. */
    static HeatMap countsHeatMap(int[][] counts, Vocabulary vocab) {
        return Chart.heatMap("bigram counts in names.txt (row: first character, column: next)")
                .values(counts).rowLabels(vocab.labels()).columnLabels(vocab.labels())
                .cellText((r, c) -> vocab.symbols().substring(r, r + 1) + vocab.symbols().charAt(c) + "\n" + counts[r][c])
                .size(1200, 1200);
    }

    /** The neural bigram's loss per step, with the counting model's NLL as a horizontal line. */
    static LineChart lossCurve(double[] losses, double reference) {
        return Chart.line("neural bigram: loss during training")
                .series("loss (NLL + 0.01·mean(W²))", losses)
                .series(String.format(Locale.ROOT, "NLL of the counts, +1 smoothing (%.4f)", reference),
                        new double[] {0, losses.length - 1}, new double[] {reference, reference})
                .xLabel("step").yLabel("loss");
    }
}
