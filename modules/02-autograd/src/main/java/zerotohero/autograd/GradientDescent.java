package zerotohero.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;

/**
 * Gradient descent on a function: the gradient points uphill, so step the other way,
 * x ← x − lr·∇f(x), and repeat until the slope is (nearly) flat.
 */
public final class GradientDescent {

    private GradientDescent() {
    }

    /**
     * Where the descent stopped.
     *
     * @param x      the last point
     * @param value  f at that point
     * @param steps  how many updates were made
     * @param values f before each update, then at the last point (steps + 1 numbers)
     */
    public record Result(double[] x, double value, int steps, List<Double> values) {
    }

    /**
     * Exercise 02.4: minimises {@code f} from {@code start}. x is a float64 copy of {@code start} that
     * requires a gradient. Each round: clear x's gradient, evaluate f (a scalar tensor) and record its
     * value, run backward; stop if the gradient's Euclidean norm is below {@code tolerance} (that round
     * makes no update) or if {@code maxSteps} updates have been made; otherwise move x's numbers in place
     * by −lr·gradient.
     *
     * @param f a function of one float64 vector tensor, returning a scalar tensor, built from kit's ops
     * @return the last point, f there, the number of updates, and f before every update plus once more at
     *     the last point ({@code steps + 1} values, the last equal to {@code value})
     */
    public static Result minimize(Function<Tensor, Tensor> f, double[] start, double lr, int maxSteps,
            double tolerance) {
        throw new Todo("02.4");
    }
}
