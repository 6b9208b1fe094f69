package zerotohero.gpt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.NoGrad;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.plot.LineChart;
import zerotohero.kit.run.Lesson;

/**
 * The lesson's figures, from what the runs left in results/: the ladder's validation curves
 * ({@code figures/ladder.svg}), the baby GPT's attention on a line of the validation text
 * ({@code figures/attention-layer-L-head-H.svg}) and samples from it ({@code results/baby-gpt-samples.txt}).
 */
public final class Figures {

    private Figures() {
    }

    /** Arguments: {@code all} (the default), {@code ladder}, {@code attention} or {@code samples}. */
    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        String which = args.length > 0 ? args[0] : "all";
        Path dir = Train.LESSON.dir();
        if (which.equals("all") || which.equals("ladder")) {
            ladder(dir);
        }
        Path checkpoint = dir.resolve("results/baby-gpt.safetensors");
        if (!which.equals("ladder") && Files.isRegularFile(checkpoint)) {
            Checkpoint.Loaded loaded = Checkpoint.load(checkpoint);
            if (!which.equals("samples")) {
                attention(loaded, Data.shakespeare(), dir);
            }
            if (!which.equals("attention")) {
                samples(loaded, dir);
            }
        }
    }

    /** Every rung's validation estimates against the step, in one chart. */
    static void ladder(Path dir) {
        LineChart chart = Chart.line("the ladder: validation loss (n_embd 32, context 8, batch 32)");
        int drawn = 0;
        for (Ladder rung : Ladder.values()) {
            Path file = dir.resolve("results").resolve(rung.slug + ".json");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Map<?, ?> result = (Map<?, ?>) read(file);
            Map<?, ?> estimates = (Map<?, ?>) result.get("estimates");
            double[] xs = new double[estimates.size()];
            double[] ys = new double[estimates.size()];
            int i = 0;
            for (Map.Entry<?, ?> e : estimates.entrySet()) {
                xs[i] = Double.parseDouble((String) e.getKey());
                ys[i++] = ((Number) ((Map<?, ?>) e.getValue()).get("val")).doubleValue();
            }
            chart.series(String.format(Locale.ROOT, "%s (%.3f)", rung.slug, ys[ys.length - 1]), xs, ys);
            drawn++;
        }
        if (drawn > 0) {
            chart.xLabel("step").yLabel("val loss").save(dir.resolve("figures/ladder.svg"));
        }
    }

    /** The first line of the validation text with 40 to 64 characters, and every layer's first head on it. */
    static void attention(Checkpoint.Loaded loaded, Data data, Path dir) {
        String line = null;
        for (String l : data.decode(data.val).split("\n")) {
            if (l.length() >= 40 && l.length() <= loaded.model().blockSize()) {
                line = l;
                break;
            }
        }
        GPT m = loaded.model();
        m.eval();
        try (NoGrad scope = NoGrad.enter()) {
            m.forward(LanguageModel.ids(new int[][] {data.encode(line)}));
        }
        List<String> labels = new ArrayList<>();
        for (char c : line.toCharArray()) {
            labels.add(c == ' ' ? "␣" : String.valueOf(c));
        }
        for (int layer = 0; layer < m.config.nLayer(); layer++) {
            Head h = m.block(layer).sa.head(0);
            double[][] w = firstSequence(h.weights);
            Chart.heatMap("attention of layer " + layer + ", head 0 on \"" + line + "\" (row: position t, column: s)")
                    .values(w).rowLabels(labels).columnLabels(labels).size(900, 900)
                    .save(dir.resolve("figures").resolve("attention-layer-" + layer + "-head-0.svg"));
        }
        System.out.println("attention maps on: " + line);
    }

    /** Samples at a few temperatures and top-k settings, each from its own seed. */
    static void samples(Checkpoint.Loaded loaded, Path dir) {
        Data vocab = Data.vocabularyOnly(loaded.chars());
        StringBuilder out = new StringBuilder();
        double[][] settings = {{1.0, 0}, {0.8, 10}};
        for (double[] s : settings) {
            int[] ids = Sampler.generate(loaded.model(), new int[] {0}, 300, s[0], (int) s[1], new Random(1337));
            out.append(String.format(Locale.ROOT, "=== temperature %.1f, top-k %s, seed 1337 ===%n", s[0],
                    s[1] == 0 ? "off" : Integer.toString((int) s[1])));
            out.append(vocab.decode(ids).substring(1)).append("\n\n");
        }
        Lesson.write(dir.resolve("results/baby-gpt-samples.txt"), out.toString());
        System.out.print(out);
    }

    static Object read(Path file) {
        try {
            return new SafeTensors.Json(Files.readString(file)).document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sequence of a (B, T, T) tensor, as rows. */
    static double[][] firstSequence(zerotohero.kit.Tensor t) {
        int n = (int) t.size(1);
        double[] flat = t.slice(0, 0, 1).data().dup().ravel().toDoubleVector();
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * n, (i + 1) * n);
        }
        return out;
    }
}
