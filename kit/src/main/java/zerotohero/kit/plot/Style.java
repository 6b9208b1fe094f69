package zerotohero.kit.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/** The course's look, in one place: a white background, light grid lines and matplotlib's colours. */
final class Style {

    /** matplotlib's default colour cycle ("tab10"), so figures look like the lectures'. */
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
    };

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Color GRID = new Color(0xdddddd);

    private Style() {
    }

    /** The colour of the i-th series. */
    static Color color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** A chart around a plot, styled, with a legend only when there is more than one series to tell apart. */
    static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(Color.GRAY);
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(LABEL);
            legendTitle.setPosition(RectangleEdge.RIGHT);
            legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    static void style(ValueAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(Color.DARK_GRAY);
    }

    static BasicStroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Black or white, whichever reads better on the given background. */
    static Paint textOn(Color background) {
        double luminance = (0.299 * background.getRed() + 0.587 * background.getGreen()
                + 0.114 * background.getBlue()) / 255;
        return luminance > 0.55 ? new Color(0x333333) : Color.WHITE;
    }

    /** A finite-values check with a message that says where the bad value is. */
    static void requireFinite(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] is " + values[i]
                        + ": a chart can only show finite numbers (a NaN loss usually means training diverged;"
                        + " try a smaller learning rate)");
            }
        }
    }
}
