package zerotohero.kit.plot;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Lines through points, one per series: training and dev loss over steps, or loss against learning rate
 * on a logarithmic x axis ({@link #logX()}), as in the lectures' learning-rate sweep.
 */
public final class LineChart extends Chart<LineChart> {

    private record Series(String name, double[] xs, double[] ys) {
    }

    private final List<Series> series = new ArrayList<>();
    private boolean logX;
    private boolean logY;

    LineChart(String title) {
        super(title, 800, 500);
    }

    /** A series through the points (xs[i], ys[i]). */
    public LineChart series(String name, double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("series '" + name + "' has " + xs.length + " x values but "
                    + ys.length + " y values; give one x per y");
        }
        Style.requireFinite(name + " x", xs);
        Style.requireFinite(name + " y", ys);
        series.add(new Series(name, xs.clone(), ys.clone()));
        return this;
    }

    /** A series of y values at x = 0, 1, 2, ... (e.g. one loss per step). */
    public LineChart series(String name, double[] ys) {
        double[] xs = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i;
        }
        return series(name, xs, ys);
    }

    /** A logarithmic x axis: equal distances for equal ratios, for values spread over orders of magnitude. */
    public LineChart logX() {
        this.logX = true;
        return this;
    }

    /** A logarithmic y axis. */
    public LineChart logY() {
        this.logY = true;
        return this;
    }

    @Override
    JFreeChart build() {
        if (series.isEmpty()) {
            throw new IllegalStateException("the line chart '" + title() + "' has no series: add one with series(...)");
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true); // keep the given order, allow repeated x
            for (int i = 0; i < s.xs().length; i++) {
                if ((logX && s.xs()[i] <= 0) || (logY && s.ys()[i] <= 0)) {
                    throw new IllegalArgumentException("series '" + s.name() + "' has a value <= 0 at index " + i
                            + ", which a logarithmic axis cannot show; drop it or use a linear axis");
                }
                xy.add(s.xs()[i], s.ys()[i]);
            }
            try {
                dataset.addSeries(xy);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("two series are named '" + s.name() + "'; give each its own name",
                        e);
            }
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, Style.color(i));
            renderer.setSeriesStroke(i, Style.line(1.8f));
        }
        XYPlot plot = new XYPlot(dataset, axis(xAxisLabel(), logX), axis(yAxisLabel(), logY), renderer);
        return Style.chart(title(), plot, series.size() > 1);
    }

    private static ValueAxis axis(String label, boolean log) {
        if (log) {
            LogAxis axis = new LogAxis(label);
            axis.setBase(10);
            axis.setSmallestValue(1e-300);
            // ticks at whole decades (10^-3, 10^-2, ...) rather than at 10^-2.8
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis.setMinorTickMarksVisible(true);
            return axis;
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }
}
