package zerotohero.kit;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Checks backward closures against finite differences: nudge one input element by ±h, see how the output
 * moves, and compare that slope with the gradient that {@code backward()} computed.
 *
 * <p>The output may be any shape: the check reduces it to the scalar Σ w ⊙ f(x) with fixed random
 * weights w, so that every output element matters (a plain sum would hide mistakes, e.g. in softmax,
 * whose outputs always sum to 1). Inputs must be float64: float32 has too few digits for the central
 * difference (f(x+h) − f(x−h)) / 2h to be accurate.
 */
public final class GradCheck {

    /** The worst disagreement found, and where. */
    public record Report(double maxError, int input, long element, double analytic, double numeric) {

        /** Whether every element agreed within {@code tolerance}, relative to max(1, |numeric|). */
        public boolean passed(double tolerance) {
            return maxError <= tolerance;
        }
    }

    private static final double H = 1e-6;

    private GradCheck() {}

    /**
     * Compares analytic and numeric gradients of {@code f} at {@code inputs} (float64 tensors; the ones
     * whose gradient is wanted call requireGrad()). {@code f} must be deterministic.
     */
    public static Report check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        for (Tensor x : inputs) {
            if (x.type() != DataType.DOUBLE) {
                throw new IllegalArgumentException("GradCheck needs float64 inputs (use .to(DataType.DOUBLE)), got "
                        + x.type());
            }
            x.zeroGrad();
        }
        Tensor out = f.apply(inputs);
        INDArray weights = randomWeights(out.shape());
        out.mul(Tensor.of(weights)).sum().backward();

        Report worst = new Report(0, -1, -1, 0, 0);
        for (int i = 0; i < inputs.length; i++) {
            Tensor x = inputs[i];
            if (!x.requiresGrad()) {
                continue;
            }
            INDArray analytic = x.grad() == null ? Nd4j.zerosLike(x.data()) : x.grad();
            INDArray flat = x.data(); // contiguous, so linear indices address elements in order
            for (long e = 0; e < flat.length(); e++) {
                double saved = flat.getDouble(e);
                flat.putScalar(e, saved + H);
                double up = weighted(f, inputs, weights);
                flat.putScalar(e, saved - H);
                double down = weighted(f, inputs, weights);
                flat.putScalar(e, saved);
                double numeric = (up - down) / (2 * H);
                double a = analytic.getDouble(e);
                double error = Math.abs(a - numeric) / Math.max(1, Math.abs(numeric));
                if (error > worst.maxError() || worst.input() < 0) {
                    worst = new Report(error, i, e, a, numeric);
                }
            }
        }
        return worst;
    }

    /** Runs {@link #check} and throws an AssertionError that explains a disagreement above 1e-6. */
    public static void assertGradients(Function<Tensor[], Tensor> f, Tensor... inputs) {
        assertGradients(1e-6, f, inputs);
    }

    public static void assertGradients(double tolerance, Function<Tensor[], Tensor> f, Tensor... inputs) {
        Report r = check(f, inputs);
        if (!r.passed(tolerance)) {
            throw new AssertionError("gradient of input " + r.input() + " (shape "
                    + Arrays.toString(inputs[r.input()].shape()) + ") at element " + r.element() + ": backward gives "
                    + r.analytic() + " but finite differences give " + r.numeric() + " (error " + r.maxError()
                    + " > " + tolerance + ")");
        }
    }

    private static double weighted(Function<Tensor[], Tensor> f, Tensor[] inputs, INDArray weights) {
        try (NoGrad scope = NoGrad.enter()) {
            return f.apply(inputs).data().mul(weights).sumNumber().doubleValue();
        }
    }

    private static INDArray randomWeights(long[] shape) {
        Random random = new Random(12345);
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        double[] w = new double[(int) n];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextDouble() * 2 - 1;
        }
        return Nd4j.createFromArray(w).reshape(shape);
    }
}
