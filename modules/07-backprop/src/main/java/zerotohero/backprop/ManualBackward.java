package zerotohero.backprop;

import zerotohero.kit.Todo;

/**
 * Exercise 07.1: backpropagation through the {@link Forward} pass by hand, one tensor at a time, with
 * plain ND4J array arithmetic (no autograd). Walk the forward lines from the bottom up; for each line
 * {@code out = f(a, b)}, add {@code dout · ∂out/∂a} into {@code da}. Two rules do most of the work:
 * <ul>
 *   <li>a tensor used twice in the forward pass receives the <em>sum</em> of both gradients;</li>
 *   <li>a broadcast in the forward pass (a (1, 64) row added to every row of a (32, 64) matrix) is a sum
 *       in the backward pass (over the rows), and a sum in the forward pass is a broadcast in the backward
 *       pass. A gradient always has exactly the shape of its tensor.</li>
 * </ul>
 */
public final class ManualBackward {

    private ManualBackward() {
    }

    /**
     * Exercise 07.1: all 26 gradients of {@link Gradients#ORDER}, from {@code dlogprobs} to {@code dC}, set
     * into the fields of {@code g} in that order. Read the forward numbers with {@code f.probs().data()}
     * and so on, and the parameters with {@code f.net().W2.data()}; never call {@code backward()} or
     * {@code grad()}. (The tests check each field on its own, so those you set before a mistake still count.)
     */
    public static void backward(Forward f, Gradients g) {
        throw new Todo("07.1");
    }

}
