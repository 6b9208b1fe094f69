package zerotohero.mlp;

import java.nio.file.Path;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.run.TrainingSettings;

/**
 * Draws the lesson's figures into modules/05-mlp/figures: the learning-rate sweep, a short training curve,
 * over-fitting on a tiny training set,
 * and the 2-D embedding of a model with two numbers per character. The full run's curve comes from
 * {@link Train}.
 */
public final class Figures {

    private Figures() {
    }

    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        Splits data = Splits.names(3);
        Path figures = Train.LESSON.dir().resolve("figures");
        draw(data, figures, 1000, 10_000);
        overfitting(data, figures, 2000, 8000, 250);
    }

    /**
     * Over-fitting made visible: the lecture's model trained on only the first {@code trainSize} training
     * examples (constant learning rate 0.1, batch 32), with the loss on those examples and on the whole dev
     * split measured every {@code every} steps. Returns {step, train, dev} rows.
     */
    static double[][] overfitting(Splits data, Path figures, int trainSize, int steps, int every) {
        Examples all = data.train();
        Examples tiny = new Examples(java.util.Arrays.copyOf(all.x(), trainSize), java.util.Arrays.copyOf(all.y(), trainSize));
        Tensor.manualSeed(Train.SEED);
        MLP model = new MLP(MLP.Config.lecture());
        int points = steps / every + 1;
        double[][] rows = new double[points][];
        rows[0] = new double[] {0, Evaluation.loss(model, tiny), Evaluation.loss(model, data.dev())};
        int[] filled = {1};
        Training.train(model, tiny, new TrainingSettings(steps, 32, 0.1, 0.1, steps), new PythonRandom(Train.SEED),
                (step, loss) -> {
                    if ((step + 1) % every == 0) {
                        rows[filled[0]++] = new double[] {step + 1, Evaluation.loss(model, tiny), Evaluation.loss(model, data.dev())};
                    }
                });
        double[] xs = new double[points];
        double[] train = new double[points];
        double[] dev = new double[points];
        for (int i = 0; i < points; i++) {
            xs[i] = rows[i][0];
            train[i] = rows[i][1];
            dev[i] = rows[i][2];
        }
        Chart.line(String.format("over-fitting: %,d training examples, %,d parameters", trainSize, model.parameterCount()))
                .series(String.format("loss on the %,d training examples", trainSize), xs, train)
                .series(String.format("loss on the %,d dev examples", data.dev().size()), xs, dev)
                .logY().xLabel("step").yLabel("loss (log scale)").size(800, 500).save(figures.resolve("overfitting.svg"));
        for (double[] row : rows) {
            System.out.printf("  step %5.0f  train %.4f  dev %.4f%n", row[0], row[1], row[2]);
        }
        double best = Double.MAX_VALUE;
        int bestRow = 0;
        for (int i = 0; i < points; i++) {
            if (dev[i] < best) {
                best = dev[i];
                bestRow = i;
            }
        }
        System.out.printf("over-fitting: train %.4f dev %.4f at step %d; dev lowest %.4f at step %.0f%n",
                train[points - 1], dev[points - 1], steps, best, xs[bestRow]);
        return rows;
    }

    /** The figures from {@code sweepSteps} rates and an embedding model trained for {@code embeddingSteps}. */
    static void draw(Splits data, Path figures, int sweepSteps, int embeddingSteps) {

        // 1. Learning-rate sweep: 1,000 steps, rate 10^-3 ... 10^0, on a fresh model.
        Tensor.manualSeed(Train.SEED);
        MLP sweepModel = new MLP(MLP.Config.lecture());
        double[] exponents = LearningRateSweep.exponents(-3, 0, sweepSteps);
        double[] losses = LearningRateSweep.sweep(sweepModel, data.train(), LearningRateSweep.rates(exponents), 32,
                new PythonRandom(Train.SEED));
        Chart.line("learning-rate sweep: one step per rate").series("minibatch loss", exponents, losses)
                .xLabel("log10 learning rate").yLabel("loss").save(figures.resolve("lr-sweep.svg"));

        // 2. Embeddings of size 2, so they can be drawn: a small model trained for 10,000 steps.
        Tensor.manualSeed(Train.SEED);
        MLP small = new MLP(new MLP.Config(27, 3, 2, 100));
        double[] curve = Training.train(small, data.train(), TrainingSettings.lecture().withSteps(embeddingSteps),
                new PythonRandom(Train.SEED), null);
        double[][] c = small.C.data().toDoubleMatrix();
        double[] xs = new double[27];
        double[] ys = new double[27];
        String[] labels = new String[27];
        for (int i = 0; i < 27; i++) {
            xs[i] = c[i][0];
            ys[i] = c[i][1];
            labels[i] = data.vocab().itos(i);
        }
        Chart.scatter("the embedding C of a model with two numbers per character").series("characters", xs, ys, java.util.List.of(labels))
                .pointSize(14).xLabel("C[:, 0]").yLabel("C[:, 1]").size(700, 700).save(figures.resolve("embedding-2d.svg"));
        Chart.trainingCurve(curve, String.format("training curve, %,d steps (embedding size 2, 100 hidden)", embeddingSteps))
                .save(figures.resolve("training-curve-short.svg"));
        System.out.printf("embedding-2d model: train %.4f dev %.4f%n", Evaluation.loss(small, data.train()),
                Evaluation.loss(small, data.dev()));
    }
}
