package zerotohero.kit;

import zerotohero.kit.fast.JavaArray;

/**
 * Changing a tensor's numbers in place, outside the graph: what an optimiser's step does to the parameters,
 * and what batch norm does to its running statistics. No op records it and no gradient flows through it.
 *
 * <p>Each call copies the numbers into a Java array, runs the caller's rule over every element, and copies
 * them back: two bulk copies instead of a native call per number. The rules compute in double and store in
 * the tensor's own type, so a float32 parameter gets the float32 rounding of the double result:
 * <pre>{@code
 * InPlace.step(param, (j, value, grad) -> value - lr * grad);                        // SGD
 * InPlace.assign(runningMean, (c, old) -> (1 - momentum) * old + momentum * mean[c]); // batch norm
 * }</pre>
 */
public final class InPlace {

    private InPlace() {}

    /** The new value of element {@code j} of a parameter, given its value and its gradient. */
    @FunctionalInterface
    public interface Step {
        double next(int j, double value, double grad);
    }

    /** The new value of element {@code j}, given its value. */
    @FunctionalInterface
    public interface Assignment {
        double next(int j, double value);
    }

    /** The float32 version of a {@link Step}: a loop over all the values and gradients, in float arithmetic. */
    @FunctionalInterface
    public interface Float32Step {
        void apply(float[] values, float[] grads);
    }

    /** Sets every element of {@code param} to {@code step.next(j, value, grad)}; the parameter must have a gradient. */
    public static void step(Tensor param, Step step) {
        JavaArray p = JavaArray.copyOf(param.data());
        JavaArray g = gradOf(param);
        for (int j = 0; j < p.length; j++) {
            p.set(j, step.next(j, p.get(j), g.get(j)));
        }
        p.copyInto(param.data());
    }

    /**
     * Runs {@code step} over the float32 numbers of {@code param} and its gradient, then writes the values
     * back: for optimisers whose float32 update is a loop the JIT compiler vectorises. Returns false, and
     * changes nothing, if the parameter is not float32.
     */
    public static boolean stepFloat32(Tensor param, Float32Step step) {
        JavaArray p = JavaArray.copyOf(param.data());
        JavaArray g = gradOf(param);
        if (!(p.isFloat32() && g.isFloat32())) {
            return false;
        }
        step.apply(p.floats(), g.floats());
        p.copyInto(param.data());
        return true;
    }

    /** Sets every element of {@code t} to {@code rule.next(j, value)}. */
    public static void assign(Tensor t, Assignment rule) {
        JavaArray values = JavaArray.copyOf(t.data());
        for (int j = 0; j < values.length; j++) {
            values.set(j, rule.next(j, values.get(j)));
        }
        values.copyInto(t.data());
    }

    /** A copy of {@code t}'s numbers as doubles, in row-major order (exact for float32), e.g. to take statistics. */
    public static double[] read(Tensor t) {
        JavaArray values = t.numbers();
        double[] out = new double[values.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = values.get(j);
        }
        return out;
    }

    /** The sum of the squares of a parameter's gradient (0 if backward has not reached it), e.g. for a norm. */
    public static double gradSumOfSquares(Tensor param) {
        JavaArray g = param.gradNumbers();
        double sum = 0;
        for (int j = 0; g != null && j < g.length; j++) {
            sum += g.get(j) * g.get(j);
        }
        return sum;
    }

    /** Multiplies a parameter's gradient by {@code factor}, in place (nothing if it has none), e.g. to clip it. */
    public static void scaleGrad(Tensor param, double factor) {
        JavaArray g = param.gradNumbers();
        for (int j = 0; g != null && j < g.length; j++) {
            g.set(j, g.get(j) * factor);
        }
    }

    /** The parameter's gradient as numbers (read only: they are the gradient itself). */
    private static JavaArray gradOf(Tensor param) {
        JavaArray g = param.gradNumbers();
        if (g == null) {
            throw new IllegalStateException("InPlace.step: the parameter has no gradient (call backward() first)");
        }
        return g;
    }
}
