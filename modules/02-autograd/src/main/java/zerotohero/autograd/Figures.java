package zerotohero.autograd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Moons;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.run.Lesson;

/**
 * Draws the lesson's figures into {@code modules/02-autograd/figures/} from this module's own code. Run it
 * from the repository root against the reference solution (see the lesson).
 */
public final class Figures {

    static final Lesson LESSON = new Lesson("02-autograd");

    private Figures() {
    }

    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        Path dir = LESSON.dir().resolve("figures");
        derivativeErrors(dir);
        descent(dir, 40);
        adder(dir, 100, 120);
        classifier(dir, 100);
        System.out.println("figures written to " + dir);
    }

    /** The error of the forward and central differences of sin at 1, against the step h (log-log). */
    static void derivativeErrors(Path dir) {
        int n = 21;
        double[] hs = new double[n];
        double[] forward = new double[n];
        double[] central = new double[n];
        for (int i = 0; i < n; i++) {
            hs[i] = Math.pow(10, -0.5 * i);
            forward[i] = Math.max(1e-17, Math.abs(Numerical.forwardDifference(Math::sin, 1, hs[i]) - Math.cos(1)));
            central[i] = Math.max(1e-17, Math.abs(Numerical.centralDifference(Math::sin, 1, hs[i]) - Math.cos(1)));
        }
        Chart.line("error of the slope of sin at x = 1").series("forward (f(x+h) − f(x)) / h", hs, forward)
                .series("central (f(x+h) − f(x−h)) / 2h", hs, central).logX().logY()
                .xLabel("step h").yLabel("|estimate − cos(1)|").size(800, 500).save(dir.resolve("derivative-error.svg"));
    }

    /** Gradient descent on a bowl: zeroing the gradient each step, and forgetting to. */
    static void descent(Path dir, int steps) {
        Function<Tensor, Tensor> bowl = v -> {
            Tensor shifted = v.sub(Tensor.of(Nd4j.createFromArray(3.0, -1.0)));
            return shifted.mul(shifted).mul(Tensor.of(Nd4j.createFromArray(1.0, 2.0))).sum();
        };
        GradientDescent.Result right = GradientDescent.minimize(bowl, new double[] {0, 0}, 0.1, steps, 0);
        // The same loop without zeroGrad(): every backward() adds to the gradients of all earlier steps.
        Tensor x = Tensor.of(Nd4j.createFromArray(0.0, 0.0)).requireGrad();
        List<Double> stale = new ArrayList<>();
        for (int k = 0; k <= steps; k++) {
            Tensor y = bowl.apply(x);
            y.backward();
            stale.add(y.item());
            x.data().subi(x.grad().mul(0.1));
        }
        Chart.line("gradient descent on f(x, y) = (x − 3)² + 2(y + 1)², lr 0.1")
                .series("zeroGrad() every step", floor(right.values())).series("gradients never zeroed", floor(stale))
                .logY().xLabel("step").yLabel("f").size(800, 500).save(dir.resolve("descent.svg"));
    }

    /** The adder's loss, trained on one example and on 10,000. */
    static void adder(Path dir, int oneSteps, int manySteps) {
        List<Double> one = new Adder(42).train(new double[][] {{30, 70}}, oneSteps, 0.01);
        List<Double> many = new Adder(42).train(Adder.randomPairs(10_000, -500, 500, 1), manySteps, 0.015);
        Chart.line("the adder: MSE loss while training with Adam").series("one example: 30 + 70 (lr 0.01)", floor(one))
                .series("10,000 random pairs (lr 0.015)", floor(many)).logY().xLabel("step").yLabel("loss (scaled units)")
                .size(800, 500).save(dir.resolve("adder-loss.svg"));
    }

    /** The classifier: its loss curves, its probability over the plane, and the held-out points by class. */
    static void classifier(Path dir, int steps) {
        Moons train = Moons.make(200, 0.1, 1);
        Moons validation = Moons.make(200, 0.1, 2);
        Classifier c = new Classifier(7);
        Classifier.History h = c.train(train, validation, steps, 0.03);
        Chart.line("binary cross-entropy while training (Adam, lr 0.03)").series("train", floor(h.train()))
                .series("validation", floor(h.validation())).logY().xLabel("step").yLabel("loss")
                .size(800, 500).save(dir.resolve("classifier-loss.svg"));

        int rows = 25;
        int cols = 40;
        double[][] grid = new double[rows * cols][];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                grid[r * cols + k] = new double[] {-1.5 + 4.0 * k / (cols - 1), 1.5 - 2.5 * r / (rows - 1)};
            }
        }
        double[] p = c.predict(grid);
        double[][] map = new double[rows][cols];
        List<String> rowLabels = new ArrayList<>();
        List<String> colLabels = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            System.arraycopy(p, r * cols, map[r], 0, cols);
            rowLabels.add(r % 4 == 0 ? String.format(Locale.ROOT, "%.1f", grid[r * cols][1]) : "");
        }
        for (int k = 0; k < cols; k++) {
            colLabels.add(k % 6 == 0 ? String.format(Locale.ROOT, "%.1f", grid[k][0]) : "");
        }
        Chart.heatMap("probability of class 1 over the plane").values(map).rowLabels(rowLabels)
                .columnLabels(colLabels).xLabel("x").yLabel("y").size(900, 600)
                .save(dir.resolve("classifier-probability.svg"));

        List<double[]> zero = new ArrayList<>();
        List<double[]> one = new ArrayList<>();
        double[] pv = c.predict(validation.points());
        for (int i = 0; i < pv.length; i++) {
            (pv[i] > 0.5 ? one : zero).add(validation.points()[i]);
        }
        Chart.scatter("held-out points, coloured by the predicted class")
                .series("predicted 0", column(zero, 0), column(zero, 1))
                .series("predicted 1", column(one, 0), column(one, 1))
                .xLabel("x").yLabel("y").size(800, 500).save(dir.resolve("classifier-points.svg"));
    }

    private static double[] column(List<double[]> points, int j) {
        return points.stream().mapToDouble(q -> q[j]).toArray();
    }

    /** The values as an array, kept above 1e-12 so a log axis can show them. */
    private static double[] floor(List<Double> values) {
        return values.stream().mapToDouble(v -> Math.max(1e-12, Math.min(v, 1e12))).toArray();
    }
}
