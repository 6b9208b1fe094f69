package zerotohero.micrograd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.run.Lesson;

/**
 * Draws the lesson's figures from the module's own code and writes the moons run's results file: the
 * loss and accuracy while training on two moons, the decision boundary the trained MLP draws, and the
 * neuron of section 5 rendered from {@link Graph#toDot} (when Graphviz's {@code dot} is installed).
 *
 * <p>It lives beside the tests, not in the main code, because it draws with kit's charts and the
 * module's own classes may use nothing from kit (the architecture test says so). Run it with
 * <pre>
 * ./mvnw -q -B -Psolutions -pl solutions/03-micrograd -am test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=zerotohero.micrograd.Figures
 * </pre>
 */
public final class Figures {

    private static final Lesson LESSON = new Lesson("03-micrograd");

    private Figures() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = LESSON.dir();
        Path figures = dir.resolve("figures");

        Moons data = Moons.generate(100, 0.1, MoonsDemo.DATA_SEED);
        MLP model = new MLP(2, List.of(16, 16, 1), new Random(MoonsDemo.MODEL_SEED));
        long start = System.nanoTime();
        List<Training.Step> history = Training.train(model, data, 100);
        double seconds = (System.nanoTime() - start) / 1e9;
        Training.Score last = Training.svmLoss(model, data, Training.ALPHA);
        System.out.printf(Locale.ROOT, "after %d steps: loss %.6f, accuracy %.0f%% (%.2f s)%n", history.size(),
                last.loss().data(), 100 * last.accuracy(), seconds);

        double[] losses = history.stream().mapToDouble(Training.Step::loss).toArray();
        double[] accuracy = history.stream().mapToDouble(Training.Step::accuracy).toArray();
        System.out.println("wrote " + Chart.line("two moons: loss and accuracy during training (lr 1.0 → 0.1)")
                .series("SVM loss + 1e-4·L2", losses).series("accuracy (fraction correct)", accuracy)
                .xLabel("step").yLabel("loss / accuracy").size(800, 500).save(figures.resolve("moons-loss.svg")));
        System.out.println("wrote " + boundary(model, data).save(figures.resolve("moons-boundary.svg")));

        Path dot = figures.resolve("neuron-graph.dot");
        Files.writeString(dot, Graph.toDot(neuron()));
        System.out.println("wrote " + dot);
        render(dot, figures.resolve("neuron-graph.svg"));

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("layers", "MLP(2, [16, 16, 1])");
        settings.put("parameters", model.parameters().size());
        settings.put("points", data.size());
        settings.put("noise", 0.1);
        settings.put("alpha", Training.ALPHA);
        settings.put("lr", "1.0 - 0.9*k/steps");
        settings.put("dataSeed", MoonsDemo.DATA_SEED);
        settings.put("modelSeed", MoonsDemo.MODEL_SEED);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("module", "03-micrograd");
        result.put("run", "moons");
        result.put("settings", settings);
        result.put("steps", history.size());
        result.put("wallSeconds", Math.round(seconds * 100) / 100.0);
        result.put("trainLoss", Math.round(last.loss().data() * 1e6) / 1e6);
        result.put("trainAccuracy", last.accuracy());
        Lesson.write(dir.resolve("results/moons.json"), Lesson.json(result, "") + "\n");
        System.out.println("wrote " + dir.resolve("results/moons.json"));
    }

    /** The points by class, and the line where the model's score changes sign, found on a fine grid. */
    static zerotohero.kit.plot.ScatterChart boundary(MLP model, Moons data) {
        int cols = 160;
        int rows = 100;
        double x0 = -1.6;
        double x1 = 2.6;
        double y0 = -1.1;
        double y1 = 1.6;
        double[][] score = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x = x0 + (x1 - x0) * c / (cols - 1);
                double y = y0 + (y1 - y0) * r / (rows - 1);
                score[r][c] = model.forward(List.of(Value.of(x), Value.of(y))).get(0).data();
            }
        }
        // Where the score changes sign between two neighbours, the boundary crosses: place a dot there,
        // interpolated linearly between the two grid points.
        List<double[]> line = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x = x0 + (x1 - x0) * c / (cols - 1);
                double y = y0 + (y1 - y0) * r / (rows - 1);
                if (c + 1 < cols && Math.signum(score[r][c]) != Math.signum(score[r][c + 1])) {
                    double t = score[r][c] / (score[r][c] - score[r][c + 1]);
                    line.add(new double[] {x + t * (x1 - x0) / (cols - 1), y});
                }
                if (r + 1 < rows && Math.signum(score[r][c]) != Math.signum(score[r + 1][c])) {
                    double t = score[r][c] / (score[r][c] - score[r + 1][c]);
                    line.add(new double[] {x, y + t * (y1 - y0) / (rows - 1)});
                }
            }
        }
        // Thin the dots to one per 0.03 of distance: enough to read the curve, and a small file.
        List<double[]> thinned = new ArrayList<>();
        for (double[] q : line) {
            if (thinned.stream().noneMatch(k -> Math.hypot(k[0] - q[0], k[1] - q[1]) < 0.03)) {
                thinned.add(q);
            }
        }
        List<double[]> minus = new ArrayList<>();
        List<double[]> plus = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            (data.y()[i] > 0 ? plus : minus).add(data.x()[i]);
        }
        return Chart.scatter("two moons and the trained MLP's decision boundary (score = 0)")
                .series("decision boundary", column(thinned, 0), column(thinned, 1))
                .series("label −1", column(minus, 0), column(minus, 1))
                .series("label +1", column(plus, 0), column(plus, 1))
                .pointSize(6).xLabel("x₁").yLabel("x₂").size(800, 560);
    }

    /** Section 5's neuron, after backward(): the graph that section 13 asks you to draw. */
    static Value neuron() {
        Value x1 = Value.of(2).label("x1");
        Value x2 = Value.of(0).label("x2");
        Value w1 = Value.of(-3).label("w1");
        Value w2 = Value.of(1).label("w2");
        Value b = Value.of(6.8813735870195432).label("b");
        Value n = x1.mul(w1).label("x1*w1").add(x2.mul(w2).label("x2*w2")).label("x1*w1 + x2*w2").add(b).label("n");
        Value o = n.tanh().label("o");
        o.backward();
        return o;
    }

    private static void render(Path dot, Path svg) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("dot", "-Tsvg", dot.toString(), "-o", svg.toString()).inheritIO().start();
            if (p.waitFor() == 0) {
                System.out.println("wrote " + svg);
                return;
            }
        } catch (IOException e) {
            // Graphviz is not installed; say so below.
        }
        System.out.println("Graphviz's dot is not installed: render " + dot + " with `dot -Tsvg` to see it");
    }

    private static double[] column(List<double[]> points, int j) {
        return points.stream().mapToDouble(q -> q[j]).toArray();
    }
}
