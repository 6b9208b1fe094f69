package zerotohero.batchnorm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zerotohero.kit.InPlace;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.NameSplits;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.nn.Module;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.plot.Histogram;
import zerotohero.kit.plot.LineChart;

/**
 * Draws the lesson's figures into modules/06-batchnorm/figures with the deep diagnostic network (five
 * hidden layers of 100 units): histograms of the tanh outputs and of their gradients, per layer, at
 * initialisation without batch norm (gain 5/3, and a bad gain of 1/2 and 3 for contrast), and the
 * update-to-data ratio of every weight over the first 500 steps with batch norm.
 */
public final class Figures {

    private Figures() {
    }

    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        draw(NameSplits.load(3), Train.LESSON.dir().resolve("figures"), new Network.Config(27, 3, 10, 100), 500);
    }

    /** The figures, for deep networks of {@code config}'s sizes and {@code steps} steps in the update-ratio run. */
    static void draw(NameSplits data, Path figures, Network.Config config, int steps) {

        // Histograms after one forward and backward pass, without batch norm.
        for (double gain : new double[] {5.0 / 3, 0.5, 3.0}) {
            Tensor.manualSeed(Train.SEED);
            Network net = Network.deep(config, 5, false);
            if (gain != Init.TANH_GAIN) {
                for (Module m : net.layers()) {
                    if (m instanceof Linear l && l != net.layers().get(net.layers().size() - 1)) {
                        l.weight.data().muli(gain / Init.TANH_GAIN);
                    }
                }
            }
            List<Tensor> outs = step(net, data, 1, 0.1, null);
            String tag = gain == Init.TANH_GAIN ? "gain-5-3" : gain == 0.5 ? "gain-0.5" : "gain-3";
            String title = "gain " + (gain == Init.TANH_GAIN ? "5/3" : String.valueOf(gain));
            histograms(net, "tanh outputs per layer, " + title, false).save(figures.resolve("activations-" + tag + ".svg"));
            histograms(net, "gradients of the tanh outputs per layer, " + title, true)
                    .save(figures.resolve("gradients-" + tag + ".svg"));
            outs.clear();
        }

        // Update:data ratio over 500 steps, with batch norm, and the histograms at the end.
        Tensor.manualSeed(Train.SEED);
        Network bn = Network.deep(config, 5, true);
        List<double[]> ratios = new ArrayList<>();
        step(bn, data, steps, 0.1, ratios);
        LineChart chart = Chart.line("log10 update:data ratio of each weight (batch norm, lr 0.1)");
        List<Linear> linears = linears(bn);
        double[] xs = new double[ratios.size()];
        for (int s = 0; s < xs.length; s++) {
            xs[s] = s;
        }
        for (int i = 0; i < linears.size(); i++) {
            double[] ys = new double[ratios.size()];
            for (int s = 0; s < ys.length; s++) {
                ys[s] = ratios.get(s)[i];
            }
            chart.series("layer " + i + " weight", xs, ys);
        }
        double[] target = new double[xs.length];
        java.util.Arrays.fill(target, -3);
        chart.series("1e-3 (a guide)", xs, target).xLabel("step").yLabel("log10(std(lr·grad) / std(W))")
                .save(figures.resolve("update-ratio.svg"));
        histograms(bn, String.format("tanh outputs per layer, batch norm, after %,d steps", steps), false)
                .save(figures.resolve("activations-batchnorm.svg"));
        histograms(bn, String.format("gradients of the tanh outputs per layer, batch norm, after %,d steps", steps), true)
                .save(figures.resolve("gradients-batchnorm.svg"));
    }

    private static List<Linear> linears(Network net) {
        List<Linear> out = new ArrayList<>();
        for (Module m : net.layers()) {
            if (m instanceof Linear l) {
                out.add(l);
            }
        }
        return out;
    }

    /** {@code steps} training steps; the last step's tanh outputs keep their gradients for the histograms. */
    private static List<Tensor> step(Network net, NameSplits data, int steps, double lr, List<double[]> ratios) {
        PythonRandom random = new PythonRandom(Train.SEED);
        List<Tensor> outs = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            int[] ix = zerotohero.kit.data.Batches.indices(data.train().size(), 32, random);
            Tensor logits = net.logits(zerotohero.kit.data.Batches.rows(data.train().contexts(), ix));
            outs.clear();
            for (Module m : net.layers()) {
                if (m instanceof Tanh t) {
                    t.out.requireGrad(); // keep the gradient of a non-leaf, like retain_grad()
                    outs.add(t.out);
                }
            }
            Tensor loss = logits.crossEntropy(zerotohero.kit.data.Batches.rows(data.train().targets(), ix));
            net.zeroGrad();
            outs.forEach(Tensor::zeroGrad);
            loss.backward();
            if (ratios != null) {
                List<Linear> ls = linears(net);
                double[] r = new double[ls.size()];
                for (int i = 0; i < r.length; i++) {
                    r[i] = Diagnostics.updateRatio(ls.get(i).weight, lr);
                }
                ratios.add(r);
            }
            for (Tensor p : net.parameters()) {
                InPlace.step(p, (j, value, grad) -> value - lr * grad); // p.data += -lr * p.grad
            }
        }
        return outs;
    }

    private static Histogram histograms(Network net, String title, boolean gradients) {
        Histogram h = Chart.histogram(title).bins(60);
        int i = 0;
        for (Module m : net.layers()) {
            if (m instanceof Tanh t) {
                Diagnostics.Stats s = gradients ? Diagnostics.gradients(t.out) : Diagnostics.activations(t.out);
                String label = String.format(java.util.Locale.ROOT, gradients
                        ? "layer %d: mean %+.1e, std %.1e" : "layer %d: mean %+.2f, std %.2f, saturated %.1f%%",
                        i, s.mean(), s.std(), 100 * s.saturated());
                h.values(label, (gradients ? t.out.grad() : t.out.data()).ravel().toDoubleVector());
                i++;
            }
        }
        return h.xLabel(gradients ? "gradient" : "tanh output").yLabel("count");
    }
}
