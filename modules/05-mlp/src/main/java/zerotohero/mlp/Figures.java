package zerotohero.mlp;

import java.nio.file.Path;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.plot.Chart;

/**
 * Draws the lesson's figures into modules/05-mlp/figures: the learning-rate sweep, a short training curve,
 * and the 2-D embedding of a model with two numbers per character. The full run's curve comes from
 * {@link Train}.
 */
public final class Figures {

    private Figures() {
    }

    public static void main(String[] args) {
        draw(Splits.names(3), Train.LESSON.dir().resolve("figures"), 1000, 10_000);
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
        double[] curve = Training.train(small, data.train(), Training.Settings.lecture().withSteps(embeddingSteps),
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
        Train.curve(curve, String.format("training curve, %,d steps (embedding size 2, 100 hidden)", embeddingSteps))
                .save(figures.resolve("training-curve-short.svg"));
        System.out.printf("embedding-2d model: train %.4f dev %.4f%n", Evaluation.loss(small, data.train()),
                Evaluation.loss(small, data.dev()));
    }
}
