package zerotohero.kit.plot;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Maps a number to a colour from near-white (the smallest value) to dark blue (the largest), like
 * matplotlib's "Blues" colour map that the lectures' bigram figure uses: a single hue reads as "more"
 * without suggesting a sign, which suits counts.
 */
final class BluesScale implements PaintScale {

    private static final Color[] STOPS = {
        new Color(0xf7fbff), new Color(0xc6dbef), new Color(0x6baed6), new Color(0x2171b5), new Color(0x08306b),
    };

    private final double lower;
    private final double upper;

    BluesScale(double lower, double upper) {
        this.lower = lower;
        // a constant matrix still needs a non-empty range to divide by
        this.upper = upper > lower ? upper : lower + 1;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return color(value);
    }

    Color color(double value) {
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        double position = t * (STOPS.length - 1);
        int i = Math.min((int) position, STOPS.length - 2);
        double f = position - i;
        Color a = STOPS[i];
        Color b = STOPS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
