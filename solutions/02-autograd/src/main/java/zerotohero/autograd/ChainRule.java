package zerotohero.autograd;

import zerotohero.kit.Tensor;

/**
 * The chain rule by hand, then the same derivatives from kit's reverse-mode autograd. Working a few
 * examples on paper is what makes {@code backward()} stop being magic.
 */
public final class ChainRule {

    private ChainRule() {
    }

    /**
     * The gradient of z = x·x·y, worked by hand: {dz/dx, dz/dy}. At x = 2, y = 3 it is {12, 4}.
     */
    public static double[] productGradient(double x, double y) {
        return new double[] {2 * x * y, x * x};
    }

    /**
     * The gradient of one neuron, o = tanh(w·x + b), worked by hand with the chain rule:
     * {do/dx, do/dw, do/db}. The outer derivative 1 − o² multiplies each inner one (w, x and 1).
     */
    public static double[] neuronGradient(double x, double w, double b) {
        double o = Math.tanh(w * x + b);
        double outer = 1 - o * o;
        return new double[] {outer * w, outer * x, outer};
    }

    /**
     * The same neuron built from kit's tensor ops, so that {@code o.backward()} fills in the gradients of
     * x, w and b: {@code tanh(w·x + b)}, element by element.
     */
    public static Tensor neuron(Tensor x, Tensor w, Tensor b) {
        return w.mul(x).add(b).tanh();
    }
}
