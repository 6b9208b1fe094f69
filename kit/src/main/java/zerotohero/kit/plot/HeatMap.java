package zerotohero.kit.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A matrix drawn as a grid of cells, darker for larger values, with row 0 at the top as the matrix is
 * printed. With {@link #rowLabels}, {@link #columnLabels} and {@link #cellText} it draws the lectures'
 * bigram table: 27×27 cells, each showing its two characters and how often that pair occurs.
 *
 * <pre>{@code
 * Chart.heatMap("bigram counts").values(counts)
 *      .rowLabels(symbols).columnLabels(symbols)
 *      .cellText((r, c) -> vocab.itos(r) + vocab.itos(c) + "\n" + counts[r][c])
 *      .size(1200, 1200).save(Path.of("bigrams.svg"));
 * }</pre>
 */
public final class HeatMap extends Chart<HeatMap> {

    /** The text of one cell; {@code '\n'} starts a new line. */
    @FunctionalInterface
    public interface CellText {
        String at(int row, int column);
    }

    private double[][] values;
    private List<String> rowLabels;
    private List<String> columnLabels;
    private CellText cellText;

    HeatMap(String title) {
        super(title, 800, 800);
    }

    /** The matrix: {@code values[row][column]}; every row must have the same length. */
    public HeatMap values(double[][] values) {
        if (values.length == 0 || values[0].length == 0) {
            throw new IllegalArgumentException("a heat map needs at least one row and one column");
        }
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != values[0].length) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values but row 0 has "
                        + values[0].length + "; a heat map needs a rectangular matrix");
            }
            Style.requireFinite("values[" + r + "]", values[r]);
            copy[r] = values[r].clone();
        }
        this.values = copy;
        return this;
    }

    /** An integer matrix, e.g. bigram counts. */
    public HeatMap values(int[][] values) {
        double[][] doubles = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            doubles[r] = new double[values[r].length];
            for (int c = 0; c < values[r].length; c++) {
                doubles[r][c] = values[r][c];
            }
        }
        return values(doubles);
    }

    /** A label for each row, shown on the left. */
    public HeatMap rowLabels(List<String> labels) {
        this.rowLabels = List.copyOf(labels);
        return this;
    }

    /** A label for each column, shown at the bottom. */
    public HeatMap columnLabels(List<String> labels) {
        this.columnLabels = List.copyOf(labels);
        return this;
    }

    /** Text to write in each cell; return {@code ""} to leave a cell empty. */
    public HeatMap cellText(CellText text) {
        this.cellText = text;
        return this;
    }

    /** Writes each cell's value in it (whole numbers without decimals, others with two). */
    public HeatMap showValues() {
        return cellText((r, c) -> {
            double v = values[r][c];
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format("%.2f", v);
        });
    }

    @Override
    JFreeChart build() {
        if (values == null) {
            throw new IllegalStateException("the heat map '" + title() + "' has no values: set them with values(...)");
        }
        int rows = values.length;
        int columns = values[0].length;
        checkLabels("row", rowLabels, rows);
        checkLabels("column", columnLabels, columns);

        double[][] xyz = new double[3][rows * columns];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0, i = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++, i++) {
                xyz[0][i] = c;
                xyz[1][i] = r;
                xyz[2][i] = values[r][c];
                min = Math.min(min, values[r][c]);
                max = Math.max(max, values[r][c]);
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("values", xyz);

        BluesScale scale = new BluesScale(min, max);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockAnchor(RectangleAnchor.CENTER); // cell (r, c) is centred on the integers (c, r)

        ValueAxis x = axis(xAxisLabel(), columnLabels, columns);
        ValueAxis y = axis(yAxisLabel(), rowLabels, rows);
        y.setInverted(true); // row 0 at the top, as a matrix is written
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_LEFT);

        if (cellText != null) {
            annotate(plot, scale, rows, columns);
        }

        JFreeChart chart = Style.chart(title(), plot, false);
        NumberAxis legendAxis = new NumberAxis();
        Style.style(legendAxis);
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        legendAxis.setTickUnit(new NumberTickUnit(niceStep((scale.getUpperBound() - scale.getLowerBound()) / 8)));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setStripWidth(12);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    private void annotate(XYPlot plot, BluesScale scale, int rows, int columns) {
        String[][] texts = new String[rows][columns];
        int lines = 1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                String text = cellText.at(r, c);
                texts[r][c] = text == null ? "" : text;
                lines = Math.max(lines, texts[r][c].split("\n", -1).length);
            }
        }
        // Fit the text to the cells: estimate a cell's size in pixels from the figure size (axes, title and
        // the colour legend take roughly 220 × 140 pixels), measure the widest line at 10 points, and scale
        // the font so that it fills at most 90% of a cell's width and its lines fit the cell's height.
        double cellWidth = Math.max(1, width() - 220.0) / columns;
        double cellHeight = Math.max(1, height() - 140.0) / rows;
        Font probe = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        FontRenderContext context = new FontRenderContext(null, true, true);
        double widest = 1;
        for (String[] row : texts) {
            for (String text : row) {
                for (String line : text.split("\n", -1)) {
                    widest = Math.max(widest, probe.getStringBounds(line, context).getWidth());
                }
            }
        }
        float size = (float) Math.max(4, Math.min(16, Math.min(10 * 0.9 * cellWidth / widest,
                cellHeight / (1.25 * lines))));
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(size);
        double lineStep = 1.2 * size / cellHeight; // one line's height, in cells
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                String[] parts = texts[r][c].split("\n", -1);
                for (int k = 0; k < parts.length; k++) {
                    if (parts[k].isEmpty()) {
                        continue;
                    }
                    double yOffset = (k - (parts.length - 1) / 2.0) * lineStep;
                    XYTextAnnotation annotation = new XYTextAnnotation(parts[k], c, r + yOffset);
                    annotation.setFont(font);
                    annotation.setPaint(Style.textOn(scale.color(values[r][c])));
                    annotation.setTextAnchor(TextAnchor.CENTER);
                    plot.addAnnotation(annotation, false);
                }
            }
        }
    }

    /** A round step near the given one: 1, 2 or 5 times a power of ten, so about eight legend ticks show. */
    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        return (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * magnitude;
    }

    private static void checkLabels(String what, List<String> labels, int count) {
        if (labels != null && labels.size() != count) {
            throw new IllegalArgumentException("there are " + labels.size() + " " + what + " labels for " + count
                    + " " + what + "s; give exactly one label per " + what);
        }
    }

    private static ValueAxis axis(String title, List<String> labels, int count) {
        ValueAxis axis;
        if (labels != null) {
            SymbolAxis symbols = new SymbolAxis(title, labels.toArray(String[]::new));
            symbols.setGridBandsVisible(false);
            axis = symbols;
        } else {
            NumberAxis numbers = new NumberAxis(title);
            numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis = numbers;
        }
        Style.style(axis);
        axis.setRange(-0.5, count - 0.5);
        return axis;
    }
}
