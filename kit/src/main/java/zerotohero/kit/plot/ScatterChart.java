package zerotohero.kit.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Points in the plane, one colour per series. A series may carry a text label per point: the lectures'
 * picture of a 2-D character embedding draws each character's letter on its dot, so that characters the
 * network treats alike (the vowels, say) can be seen sitting together.
 *
 * <pre>{@code
 * Chart.scatter("embedding C").series("characters", c0, c1, letters).save(Path.of("embedding.svg"));
 * }</pre>
 */
public final class ScatterChart extends Chart<ScatterChart> {

    private record Series(String name, double[] xs, double[] ys, String[] labels) {
    }

    private final List<Series> series = new ArrayList<>();
    private double pointSize = Double.NaN;

    ScatterChart(String title) {
        super(title, 700, 700);
    }

    /** A series of points without labels. */
    public ScatterChart series(String name, double[] xs, double[] ys) {
        return add(name, xs, ys, null);
    }

    /** A series of points, each with a text label drawn on it. */
    public ScatterChart series(String name, double[] xs, double[] ys, List<String> labels) {
        if (labels.size() != xs.length) {
            throw new IllegalArgumentException("series '" + name + "' has " + xs.length + " points but "
                    + labels.size() + " labels; give one label per point");
        }
        return add(name, xs, ys, labels.toArray(String[]::new));
    }

    private ScatterChart add(String name, double[] xs, double[] ys, String[] labels) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("series '" + name + "' has " + xs.length + " x values but "
                    + ys.length + " y values; give one x per y");
        }
        Style.requireFinite(name + " x", xs);
        Style.requireFinite(name + " y", ys);
        if (series.stream().anyMatch(s -> s.name().equals(name))) {
            throw new IllegalArgumentException("two series are named '" + name + "'; give each its own name");
        }
        series.add(new Series(name, xs.clone(), ys.clone(), labels));
        return this;
    }

    /**
     * The diameter of the dots in pixels. Unless set, dots are 8 pixels, or 22 for a labelled series so
     * that the label fits on the dot.
     */
    public ScatterChart pointSize(double pixels) {
        if (!(pixels > 0)) {
            throw new IllegalArgumentException("the point size must be positive, got " + pixels);
        }
        this.pointSize = pixels;
        return this;
    }

    @Override
    JFreeChart build() {
        if (series.isEmpty()) {
            throw new IllegalStateException("the scatter chart '" + title() + "' has no points: add a series(...)");
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        List<XYTextAnnotation> annotations = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (int p = 0; p < s.xs().length; p++) {
                xy.add(s.xs()[p], s.ys()[p]);
            }
            dataset.addSeries(xy);
            double size = Double.isNaN(pointSize) ? (s.labels() != null ? 22 : 8) : pointSize;
            Color color = Style.color(i);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
            renderer.setSeriesPaint(i, color);
            if (s.labels() != null) {
                annotations.addAll(labels(s, size, color));
            }
        }
        NumberAxis x = new NumberAxis(xAxisLabel());
        NumberAxis y = new NumberAxis(yAxisLabel());
        for (NumberAxis axis : List.of(x, y)) {
            axis.setAutoRangeIncludesZero(false);
            axis.setLowerMargin(0.06); // room for the dots at the edges
            axis.setUpperMargin(0.06);
        }
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        annotations.forEach(a -> plot.addAnnotation(a, false));
        return Style.chart(title(), plot, series.size() > 1);
    }

    /** Labels go on the dot when the dot is big enough to hold them, else just above and to the right. */
    private static List<XYTextAnnotation> labels(Series s, double size, Color color) {
        boolean onDot = size >= 14;
        Font font = new Font(Font.SANS_SERIF, onDot ? Font.BOLD : Font.PLAIN,
                (int) Math.round(onDot ? Math.min(18, size * 0.6) : 11));
        List<XYTextAnnotation> annotations = new ArrayList<>();
        for (int p = 0; p < s.labels().length; p++) {
            XYTextAnnotation annotation = new XYTextAnnotation(s.labels()[p], s.xs()[p], s.ys()[p]);
            annotation.setFont(font);
            annotation.setPaint(onDot ? Style.textOn(color) : new Color(0x333333));
            annotation.setTextAnchor(onDot ? TextAnchor.CENTER : TextAnchor.BOTTOM_LEFT);
            annotations.add(annotation);
        }
        return annotations;
    }
}
