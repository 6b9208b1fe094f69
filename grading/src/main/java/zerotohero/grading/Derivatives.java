package zerotohero.grading;

import java.util.function.ToDoubleFunction;

/**
 * Finite differences, the independent witness that gradient checks compare an autograd result with.
 */
public final class Derivatives {

    private Derivatives() {
    }

    /**
     * The gradient of {@code f} at {@code x} by central differences, (f(x+h) − f(x−h)) / 2h in each
     * coordinate. Its error shrinks like h², so with h = 1e-6 in double precision it agrees with an exact
     * gradient to about 1e-8 on smooth functions.
     */
    public static double[] centralGradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        double[] grad = new double[x.length];
        double[] probe = x.clone();
        for (int i = 0; i < x.length; i++) {
            probe[i] = x[i] + h;
            double up = f.applyAsDouble(probe);
            probe[i] = x[i] - h;
            double down = f.applyAsDouble(probe);
            probe[i] = x[i];
            grad[i] = (up - down) / (2 * h);
        }
        return grad;
    }
}
