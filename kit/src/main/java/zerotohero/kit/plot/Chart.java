package zerotohero.kit.plot;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart described in a few chained calls and written to an SVG or PNG file, with no window involved.
 *
 * <pre>{@code
 * Chart.line("loss").series("train", steps, trainLoss).series("dev", steps, devLoss)
 *      .xLabel("step").yLabel("loss").save(Path.of("loss.svg"));
 * }</pre>
 *
 * <p>Four kinds cover the course's figures: {@link #line} (training curves, a learning-rate sweep on a log
 * axis), {@link #histogram} (activations and gradients per layer), {@link #heatMap} (the 27×27 bigram
 * counts, with labels in every cell) and {@link #scatter} (a 2-D embedding with each point labelled by its
 * character, or the two moons). The drawing itself is done by JFreeChart; SVG output comes from JFreeSVG,
 * which turns Java2D drawing calls into SVG elements (text stays text, so an SVG figure is searchable).
 *
 * <p>Charts are drawn headless: kit sets {@code java.awt.headless=true} (unless it was set explicitly)
 * before any AWT class is used, so figures can be made on a server or in CI where there is no display.
 *
 * @param <C> the concrete chart, so that chained calls keep their type
 */
public abstract class Chart<C extends Chart<C>> {

    static {
        // Must happen before AWT initialises: afterwards the toolkit has already decided.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // JFreeChart draws rotated text (the y-axis label) as glyph outlines unless told otherwise; as text it
        // stays text in the SVG, which keeps figures small and searchable.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final String title;
    private String xLabel = "";
    private String yLabel = "";
    private int width;
    private int height;

    Chart(String title, int width, int height) {
        this.title = title == null ? "" : title;
        this.width = width;
        this.height = height;
    }

    /**
     * The training curve of a run: log10 of the minibatch loss, each point the mean over a window of
     * steps (a 400th of the run), so that the trend shows through one batch's noise at any run length.
     */
    public static LineChart trainingCurve(double[] losses, String title) {
        double[][] curve = log10WindowMeans(losses);
        int window = Math.max(1, losses.length / 400);
        return line(title).series("log10 minibatch loss (mean of " + window + " steps)", curve[0], curve[1])
                .xLabel("step").yLabel("log10 loss");
    }

    /** The points of {@link #trainingCurve}: x the middle of each window of steps, y its mean log10 loss. */
    static double[][] log10WindowMeans(double[] losses) {
        int window = Math.max(1, losses.length / 400);
        int points = losses.length / window;
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int i = 0; i < points; i++) {
            double sum = 0;
            for (int j = i * window; j < (i + 1) * window; j++) {
                sum += Math.log10(losses[j]);
            }
            xs[i] = (i + 0.5) * window;
            ys[i] = sum / window;
        }
        return new double[][] {xs, ys};
    }

    /** Lines through (x, y) points, one per series. */
    public static LineChart line(String title) {
        return new LineChart(title);
    }

    /** Histograms of values, one per series, overlaid. */
    public static Histogram histogram(String title) {
        return new Histogram(title);
    }

    /** A matrix as a grid of coloured cells, optionally with row/column labels and text in each cell. */
    public static HeatMap heatMap(String title) {
        return new HeatMap(title);
    }

    /** Points, one colour per series, optionally with a text label on each point. */
    public static ScatterChart scatter(String title) {
        return new ScatterChart(title);
    }

    /** The label under the x axis. */
    public C xLabel(String label) {
        this.xLabel = label == null ? "" : label;
        return self();
    }

    /** The label beside the y axis. */
    public C yLabel(String label) {
        this.yLabel = label == null ? "" : label;
        return self();
    }

    /** The size of the figure in pixels (SVG user units). */
    public C size(int width, int height) {
        if (width < 50 || height < 50) {
            throw new IllegalArgumentException("a chart needs at least 50×50 pixels, got " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
        return self();
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The width in pixels. */
    public int width() {
        return width;
    }

    /** The height in pixels. */
    public int height() {
        return height;
    }

    String xAxisLabel() {
        return xLabel;
    }

    String yAxisLabel() {
        return yLabel;
    }

    @SuppressWarnings("unchecked")
    private C self() {
        return (C) this;
    }

    /** Builds the JFreeChart that draws this chart. Each kind fills in its plot here. */
    abstract JFreeChart build();

    /** The chart as an SVG document. */
    public String toSvg() {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        build().draw(svg, new Rectangle(0, 0, width, height));
        // The element alone, with no DOCTYPE: a DOCTYPE names a DTD on the web that XML tools may try to
        // fetch, and SVG 2 does not use one.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.getSVGElement() + "\n";
    }

    /** The chart as an image of {@link #width()} × {@link #height()} pixels. */
    public BufferedImage toImage() {
        return build().createBufferedImage(width, height);
    }

    /**
     * Writes the chart to a file whose extension says the format: {@code .svg} or {@code .png}. Missing
     * parent folders are created.
     *
     * @return the path written
     */
    public Path save(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (name.endsWith(".svg")) {
                Files.createDirectories(parent);
                Files.writeString(file, toSvg(), StandardCharsets.UTF_8);
            } else if (name.endsWith(".png")) {
                Files.createDirectories(parent);
                ImageIO.write(toImage(), "png", file.toFile());
            } else {
                throw new IllegalArgumentException("cannot tell the format of " + file
                        + ": name the file .svg (vector, for the site) or .png (bitmap)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart '" + title + "' to " + file, e);
        }
        return file;
    }
}
