package zerotohero.kit.plot;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

/**
 * How values are distributed: the range of each series is cut into equal bins and each bin's bar shows how
 * many values fall in it. Used to look at activations (are the tanh units saturated at ±1?) and gradients
 * layer by layer. Several series are drawn half-transparent over each other.
 */
public final class Histogram extends Chart<Histogram> {

    private final Map<String, double[]> series = new LinkedHashMap<>();
    private int bins = 50;

    Histogram(String title) {
        super(title, 800, 500);
        yLabel("count");
    }

    /** A series of values to count. */
    public Histogram values(String name, double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("series '" + name + "' is empty; a histogram needs values to count");
        }
        Style.requireFinite(name, values);
        if (series.putIfAbsent(name, values.clone()) != null) {
            throw new IllegalArgumentException("two series are named '" + name + "'; give each its own name");
        }
        return this;
    }

    /** How many equal-width bins each series is cut into (50 unless set). */
    public Histogram bins(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least 1 bin, got " + bins);
        }
        this.bins = bins;
        return this;
    }

    @Override
    JFreeChart build() {
        if (series.isEmpty()) {
            throw new IllegalStateException("the histogram '" + title() + "' has no values: add them with values(...)");
        }
        HistogramDataset dataset = new HistogramDataset();
        dataset.setType(HistogramType.FREQUENCY);
        series.forEach((name, values) -> dataset.addSeries(name, values, bins));
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter()); // flat bars, no gradient
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        int alpha = series.size() > 1 ? 140 : 255; // see-through when bars overlap
        for (int i = 0; i < series.size(); i++) {
            Color c = Style.color(i);
            renderer.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
        }
        NumberAxis x = new NumberAxis(xAxisLabel());
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, x, new NumberAxis(yAxisLabel()), renderer);
        return Style.chart(title(), plot, series.size() > 1);
    }
}
