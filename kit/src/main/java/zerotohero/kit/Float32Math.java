package zerotohero.kit;

/**
 * tanh and exp to float32's precision, for the loops of float32 tensors; float64 tensors use
 * {@link Math}'s. {@code Math.exp} and {@code Math.tanh} are exact to double precision and pay for it: on
 * the course's benchmark machine they take 10–50 ns a call, against 5–9 ns for these, and a GPT step
 * calls them millions of times. (For the same reason the loops use {@code a > b ? a : b} rather than
 * {@code Math.max}, whose care for −0.0 and NaN costs about 20 ns on that machine.)
 */
final class Float32Math {

    private Float32Math() {}

    /** Where tanh rounds to ±1 in float32. */
    private static final double TANH_LIMIT = 7.90531110763549805;

    /**
     * tanh as an odd rational function, x·P(x²)/Q(x²), with the coefficients of Eigen's float32 tanh;
     * absolute error below 3·10⁻⁷.
     */
    static double tanh(double x) {
        x = x < -TANH_LIMIT ? -TANH_LIMIT : x > TANH_LIMIT ? TANH_LIMIT : x;
        double x2 = x * x;
        double p = x * (4.89352455891786e-03 + x2 * (6.37261928875436e-04 + x2 * (1.48572235717979e-05
                + x2 * (5.12229709037114e-08 + x2 * (-8.60467152213735e-11 + x2 * (2.00018790482477e-13
                + x2 * -2.76076847742355e-16))))));
        double q = 4.89352518554385e-03 + x2 * (2.26843463243900e-03 + x2 * (1.18534705686654e-04
                + x2 * 1.19825839466702e-06));
        return p / q;
    }

    /**
     * eˣ as 2ᵏ·eʳ: k = round(x / ln 2) goes into the exponent bits, and eʳ, with |r| ≤ ½ ln 2, is a
     * degree-7 Taylor polynomial; relative error below 10⁻⁸. Below −87 the result is 0 and above 88 it is
     * +∞, as in float32; NaN stays NaN.
     */
    static double exp(double x) {
        if (x < -87.0) {
            return 0;
        }
        if (x > 88.0) {
            return Double.POSITIVE_INFINITY;
        }
        double k = Math.floor(x * 1.4426950408889634 + 0.5);
        double r = x - k * 0.6931471805599453;
        double p = 1 + r * (1 + r * (1 / 2.0 + r * (1 / 6.0 + r * (1 / 24.0 + r * (1 / 120.0 + r * (1 / 720.0
                + r / 5040.0))))));
        return p * Double.longBitsToDouble(((long) k + 1023) << 52);
    }
}
