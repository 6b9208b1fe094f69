package zerotohero.autograd;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import zerotohero.kit.Todo;

/**
 * Derivatives by nudging: move the input a little, watch how far the output moves, divide. No calculus,
 * only evaluations of the function, which makes these the independent witness every autograd result is
 * checked against.
 */
public final class Numerical {

    private Numerical() {
    }

    /**
     * The one-sided slope (f(x + h) − f(x)) / h. Given, for comparison: its error shrinks only like h,
     * because it measures the slope halfway between x and x + h rather than at x.
     */
    public static double forwardDifference(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h;
    }

    /**
     * The central difference (f(x + h) − f(x − h)) / 2h: the slope of the chord that straddles x. The
     * h² terms of the two Taylor expansions cancel, so its error shrinks like h²: at h = 1e-3 it is
     * about a thousand times smaller than the forward difference's on a smooth function.
     */
    public static double centralDifference(DoubleUnaryOperator f, double x, double h) {
        throw new Todo("02.1");
    }

    /**
     * The gradient of a function of several inputs: the central difference in each coordinate in turn,
     * the others held fixed. {@code x} is left unchanged.
     */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        throw new Todo("02.1");
    }
}
