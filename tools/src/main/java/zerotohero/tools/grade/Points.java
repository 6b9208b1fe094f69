package zerotohero.tools.grade;

import java.util.Locale;

/** Points are shown and stored with at most two decimals: 15 × 2/3 is 10.0, not 10.000000000000002. */
public final class Points {

    private Points() {
    }

    public static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }

    /** 10 for 10.0, 6.67 for 6.666…: what a person writes. */
    public static String format(double points) {
        double r = round(points);
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.2f", r).replaceAll("0$", "");
    }
}
