package zerotohero.wavenet;

import zerotohero.kit.plot.Chart;
import zerotohero.kit.plot.LineChart;

/** The lesson's figures. */
public final class Figures {

    private Figures() {
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
}
