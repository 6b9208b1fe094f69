package zerotohero.wavenet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Datasets;
import zerotohero.kit.data.NameSplits;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.data.Split;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.plot.LineChart;
import zerotohero.kit.plot.ScatterChart;
import zerotohero.kit.run.Lesson;

/**
 * The lesson's figures that do not come from a training run: the results chart (from every
 * {@code results/*.json}), the tree of the model, and the one-pass-against-windows benchmark, printed.
 * (Each run draws its own smoothed curve, {@code figures/<run>-curve.svg}.)
 */
public final class Figures {

    private Figures() {
    }

    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        Path dir = Experiments.LESSON.dir();
        List<Experiments.Run> runs = Experiments.log(dir);
        if (!runs.isEmpty()) {
            results(runs).save(dir.resolve("figures").resolve("results.svg"));
        }
        Lesson.write(dir.resolve("figures").resolve("tree.svg"), tree("..olivia", "."));
        System.out.println(benchmark(NameSplits.load(8), 2_000));
    }

    /**
     * The lecture's smoothed training curve: the minibatch loss averaged over chunks of 1,000 steps (fewer
     * for a short run, so there are at least 20 points). One minibatch's loss jumps around too much to see
     * a trend; a chunk's mean shows it, and the drop where the learning rate decays.
     */
    static LineChart curve(float[] losses, String title) {
        int chunk = Math.max(1, Math.min(1000, losses.length / 20));
        int points = losses.length / chunk;
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int i = 0; i < points; i++) {
            double sum = 0;
            for (int j = i * chunk; j < (i + 1) * chunk; j++) {
                sum += losses[j];
            }
            xs[i] = (i + 1) * chunk;
            ys[i] = sum / chunk;
        }
        return Chart.line(title).series("minibatch loss, mean of " + chunk + " steps", xs, ys)
                .xLabel("step").yLabel("loss");
    }

    /** Validation and training loss against parameter count, this course's runs next to the lecture's. */
    static ScatterChart results(List<Experiments.Run> runs) {
        double[] k = new double[runs.size()];
        double[] train = new double[runs.size()];
        double[] val = new double[runs.size()];
        List<String> names = new ArrayList<>();
        List<Double> lk = new ArrayList<>();
        List<Double> lv = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Experiments.Run r = runs.get(i);
            k[i] = r.parameters() / 1000.0;
            train[i] = r.trainLoss();
            val[i] = r.valLoss();
            names.add(r.name());
            if (!Double.isNaN(r.lectureVal())) {
                lk.add(k[i]);
                lv.add(r.lectureVal());
            }
        }
        ScatterChart chart = Chart.scatter("the experiment log: loss against model size")
                .series("validation loss", k, val, names)
                .series("training loss", k, train);
        if (!lk.isEmpty()) {
            chart.series("lecture's validation loss", lk.stream().mapToDouble(Double::doubleValue).toArray(),
                    lv.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return chart.xLabel("parameters (thousands)").yLabel("loss").size(760, 560);
    }

    /**
     * The model as a tree, drawn as SVG: eight characters at the bottom, fused two at a time by the three
     * levels of FlattenConsecutive(2) → Linear → BatchNorm1d → Tanh, then the output layer on top.
     */
    static String tree(String context, String next) {
        int w = 900;
        int h = 430;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" font-family=\"sans-serif\" font-size=\"13\">\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        String[] labels = {"Embedding: 8 × 24", "level 1: pairs of characters, 4 × 128",
            "level 2: pairs of pairs, 2 × 128", "level 3: the whole context, 128"};
        double[][] xs = new double[4][];
        int[] ys = {360, 270, 180, 90};
        for (int level = 0; level < 4; level++) {
            int nodes = 8 >> level;
            xs[level] = new double[nodes];
            for (int i = 0; i < nodes; i++) {
                double span = 600.0 / 8 * (1 << level);
                xs[level][i] = 40 + span * (i + 0.5);
            }
        }
        for (int level = 1; level < 4; level++) {
            for (int i = 0; i < xs[level].length; i++) {
                for (int child = 2 * i; child <= 2 * i + 1; child++) {
                    s.append(String.format(Locale.ROOT,
                            "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#6b8fb5\" stroke-width=\"2\"/>%n",
                            xs[level - 1][child], ys[level - 1] - 14, xs[level][i], ys[level] + 14));
                }
            }
        }
        s.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#6b8fb5\" stroke-width=\"2\"/>%n",
                xs[3][0], ys[3] - 14, xs[3][0], 44));
        for (int level = 0; level < 4; level++) {
            for (int i = 0; i < xs[level].length; i++) {
                String text = level == 0 ? String.valueOf(context.charAt(i)) : "";
                s.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"36\" height=\"28\" rx=\"5\" fill=\"%s\" stroke=\"#2c4f73\"/>%n",
                        xs[level][i] - 18, ys[level] - 14, level == 0 ? "#f3f6fa" : "#d5e3f2"));
                if (!text.isEmpty()) {
                    s.append(String.format(Locale.ROOT,
                            "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-family=\"monospace\" font-size=\"16\">%s</text>%n",
                            xs[level][i], ys[level] + 5, text));
                }
            }
            s.append(String.format(Locale.ROOT, "<text x=\"650\" y=\"%d\" fill=\"#333\">%s</text>%n", ys[level] - 18,
                    level == 0 ? "input" : "FlattenConsecutive(2)"));
            s.append(String.format(Locale.ROOT, "<text x=\"650\" y=\"%d\" fill=\"#555\" font-size=\"11\">%s</text>%n",
                    ys[level] - 2, level == 0 ? "" : "Linear → BatchNorm1d → Tanh"));
            s.append(String.format(Locale.ROOT, "<text x=\"650\" y=\"%d\" fill=\"#555\" font-size=\"11\">%s</text>%n",
                    ys[level] + 14, labels[level]));
        }
        s.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"16\" width=\"150\" height=\"28\" rx=\"5\" fill=\"#fbe3c4\" stroke=\"#8a5a14\"/>%n",
                xs[3][0] - 75));
        s.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"35\" text-anchor=\"middle\">Linear → 27 logits: '%s'</text>%n", xs[3][0], next));
        s.append("</svg>\n");
        return s.toString();
    }

    /**
     * Times the two ways of scoring every position of {@code names} names of the validation split: one
     * window per position ({@link Convolution#windows}) against one pass per name
     * ({@link Convolution#everyPosition}), on a freshly initialised scaled-up model in eval mode; then the
     * same for all the padded names joined into one long sequence, where the pass has many positions to
     * share its work over.
     */
    static String benchmark(NameSplits data, int names) {
        Tensor.manualSeed(Experiments.SEED);
        Sequential model = Models.hierarchical(Models.Config.scaledUp());
        Training.prime(model, data.train());
        model.eval();
        List<String> words = new ArrayList<>(Datasets.standard().lines("names.txt"));
        new PythonRandom(42).shuffle(words);
        List<int[]> sequences = new ArrayList<>();
        int positions = 0;
        for (String w : Split.at(words, 0.8, 0.9).dev().subList(0, names)) {
            int[] seq = Convolution.padded(w, data.vocab(), 8);
            sequences.add(seq);
            positions += seq.length - 7;
        }
        double windows = Double.MAX_VALUE;
        double pass = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int[] seq : sequences) {
                Convolution.windows(model, seq, 8);
            }
            long t1 = System.nanoTime();
            for (int[] seq : sequences) {
                Convolution.everyPosition(model, seq);
            }
            long t2 = System.nanoTime();
            windows = Math.min(windows, (t1 - t0) / 1e6);
            pass = Math.min(pass, (t2 - t1) / 1e6);
        }
        String perName = String.format(Locale.ROOT, "%,d names one by one (%,d positions): windows %.0f ms, "
                + "one pass %.0f ms (%.2f×; best of 3)", names, positions, windows, pass, windows / pass);
        int length = sequences.stream().mapToInt(q -> q.length).sum();
        int[] joined = new int[length];
        int at = 0;
        for (int[] seq : sequences) {
            System.arraycopy(seq, 0, joined, at, seq.length);
            at += seq.length;
        }
        double longWindows = Double.MAX_VALUE;
        double longPass = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            Convolution.windows(model, joined, 8);
            long t1 = System.nanoTime();
            Convolution.everyPosition(model, joined);
            long t2 = System.nanoTime();
            longWindows = Math.min(longWindows, (t1 - t0) / 1e6);
            longPass = Math.min(longPass, (t2 - t1) / 1e6);
        }
        return perName + String.format(Locale.ROOT, "%nthe same names joined into one sequence (%,d positions): "
                + "windows %.0f ms, one pass %.0f ms (%.2f×; best of 3)", length - 7, longWindows, longPass,
                longWindows / longPass);
    }
}
