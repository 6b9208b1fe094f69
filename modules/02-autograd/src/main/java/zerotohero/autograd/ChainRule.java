package zerotohero.autograd;

import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;

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
        throw new Todo("02.2");
    }

    /**
     * The gradient of one neuron, o = tanh(w·x + b), worked by hand with the chain rule:
     * {do/dx, do/dw, do/db}. The outer derivative 1 − o² multiplies each inner one (w, x and 1).
     */
    public static double[] neuronGradient(double x, double w, double b) {
        throw new Todo("02.2");
    }

    /**
     * The same neuron built from kit's tensor ops, so that {@code o.backward()} fills in the gradients of
     * x, w and b: {@code tanh(w·x + b)}, element by element.
     */
    public static Tensor neuron(Tensor x, Tensor w, Tensor b) {
        throw new Todo("02.2");
    }
}
