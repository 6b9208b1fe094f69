package zerotohero.tokenizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zerotohero.kit.data.Datasets;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.plot.LineChart;
import zerotohero.kit.run.Lesson;

/**
 * Draws the lesson's figures into modules/10-tokenizer/figures and writes results/compression.json:
 * the same four texts (English, code, numbers, Korean) as coloured tokens under a BasicTokenizer and a
 * RegexTokenizer trained on taylorswift.txt to 512 tokens and under GPT-4's cl100k_base; and how many
 * bytes a token holds on average as the vocabulary grows.
 */
public final class Figures {

    static final Lesson LESSON = new Lesson("10-tokenizer");

    /** The four sample texts of the lesson's pictures. */
    static final Map<String, String> SAMPLES = samples();

    private Figures() {
    }

    public static void main(String[] args) {
        Path figures = LESSON.dir().resolve("figures");
        Datasets data = Datasets.standard();
        String taylor = data.text("taylorswift.txt");
        String shakespeare = data.text("tinyshakespeare.txt");

        BasicTokenizer basic = new BasicTokenizer();
        basic.use(Tokenizer.Algorithm.FAST);
        basic.train(taylor, 512, false);
        RegexTokenizer regex = new RegexTokenizer();
        regex.use(Tokenizer.Algorithm.FAST);
        regex.train(taylor, 512, false);
        GPT4Tokenizer gpt4 = new GPT4Tokenizer();
        gpt4.use(Tokenizer.Algorithm.FAST);

        Map<String, Tokenizer> tokenizers = new LinkedHashMap<>();
        tokenizers.put("basic", basic);
        tokenizers.put("regex", regex);
        tokenizers.put("gpt4", gpt4);
        Map<String, String> titles = Map.of("basic", "BasicTokenizer, trained on taylorswift.txt to 512 tokens",
                "regex", "RegexTokenizer (GPT-4 pattern), trained on taylorswift.txt to 512 tokens",
                "gpt4", "GPT4Tokenizer: cl100k_base, 100,277 tokens");
        Map<String, Object> counts = new LinkedHashMap<>();
        tokenizers.forEach((name, t) -> {
            List<TokenPicture.Block> blocks = new ArrayList<>();
            Map<String, Object> row = new LinkedHashMap<>();
            SAMPLES.forEach((label, text) -> {
                blocks.add(new TokenPicture.Block(label, t, text));
                row.put(label, t.encodeOrdinary(text).length);
            });
            counts.put(name, row);
            Lesson.write(figures.resolve("tokens-" + name + ".svg"), TokenPicture.svg(titles.get(name), blocks));
        });

        // Compression: UTF-8 bytes per token, on the training text and on a text the tokenizer has not seen.
        int[] sizes = {256, 300, 384, 512, 768, 1024, 1536, 2048, 3072, 4096};
        String unseen = shakespeare.substring(0, 200_000);
        double taylorBytes = Utf8.encode(taylor).length;
        double unseenBytes = Utf8.encode(unseen).length;
        LineChart chart = Chart.line("Bytes per token against vocabulary size (trained on taylorswift.txt)")
                .xLabel("vocabulary size (log scale)").yLabel("UTF-8 bytes per token").logX();
        Map<String, Object> ratios = new LinkedHashMap<>();
        double[] xs = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            xs[i] = sizes[i];
        }
        for (String kind : new String[] {"basic", "regex"}) {
            double[] seen = new double[sizes.length];
            double[] other = new double[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                Tokenizer t = kind.equals("basic") ? new BasicTokenizer() : new RegexTokenizer();
                t.use(Tokenizer.Algorithm.FAST);
                t.train(taylor, sizes[i], false);
                seen[i] = taylorBytes / t.encodeOrdinary(taylor).length;
                other[i] = unseenBytes / t.encodeOrdinary(unseen).length;
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("taylorswift", round(seen[i]));
                r.put("tinyshakespeare_200k", round(other[i]));
                ratios.put(kind + "_" + sizes[i], r);
                System.out.printf(Locale.ROOT, "%s %5d: %.3f bytes/token on taylorswift.txt, %.3f on tinyshakespeare.txt%n",
                        kind, sizes[i], seen[i], other[i]);
            }
            chart.series(kind + ", on taylorswift.txt (training text)", xs, seen);
            chart.series(kind + ", on tinyshakespeare.txt (unseen)", xs, other);
        }
        double gptSeen = taylorBytes / gpt4.encodeOrdinary(taylor).length;
        double gptOther = unseenBytes / gpt4.encodeOrdinary(unseen).length;
        chart.series("GPT-4 (100,277 tokens), on taylorswift.txt", xs, constant(sizes.length, gptSeen));
        chart.series("GPT-4, on tinyshakespeare.txt", xs, constant(sizes.length, gptOther));
        chart.save(figures.resolve("compression.svg"));
        Map<String, Object> gpt = new LinkedHashMap<>();
        gpt.put("taylorswift", round(gptSeen));
        gpt.put("tinyshakespeare_200k", round(gptOther));
        ratios.put("gpt4", gpt);

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("sample_token_counts", counts);
        results.put("bytes_per_token", ratios);
        Lesson.write(LESSON.dir().resolve("results/compression.json"), Lesson.json(results, "") + "\n");
        System.out.println("figures written to " + figures);
    }

    private static double[] constant(int n, double v) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static Map<String, String> samples() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("English", "Taylor Swift's tenth studio album, Midnights, was released on October 21, 2022.");
        s.put("Code", "for (int i = 0; i < n; i++) {\n    total += counts.get(i);\n}");
        s.put("Numbers", "3.14159265 × 2024 = 6358.59352... and 1,000,000 + 127 = 1000127");
        s.put("Korean", "안녕하세요! 만나서 반갑습니다. 토크나이저는 텍스트를 숫자로 바꿉니다.");
        return java.util.Collections.unmodifiableMap(s);
    }
}
