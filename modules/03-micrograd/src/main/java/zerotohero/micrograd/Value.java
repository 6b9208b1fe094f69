package zerotohero.micrograd;

import java.util.List;
import zerotohero.kit.Todo;

/**
 * A scalar in an expression graph: its value ({@code data}), the derivative of the final output with
 * respect to it ({@code grad}), and how it was made (the operation and its inputs, its children).
 *
 * <p>Every operation builds its output node together with a {@code backwardStep}: the chain rule for that
 * one operation, which adds {@code out.grad × local derivative} into each input's grad. {@link #backward()}
 * runs those steps from the output back to the leaves.
 *
 * <p>Your exercises in this file: 03.1 ({@code add}, {@code mul}), 03.2 (the rest of the arithmetic),
 * 03.3 ({@code tanh}, {@code exp}, {@code relu}) and 03.4 ({@code backward}, {@code topologicalOrder}).
 * The shape of an operation, shown on sin(x), which is not one of them:
 *
 * <pre>{@code
 * Value sin() {
 *     Value out = new Value(Math.sin(data), new Value[] {this}, "sin");
 *     out.backwardStep = () -> this.grad += Math.cos(data) * out.grad;   // +=, never =
 *     return out;
 * }
 * }</pre>
 */
public final class Value {

    private static final Value[] LEAF = {};
    private static final Runnable NOTHING = () -> { };

    double data;
    double grad;
    final Value[] children;
    final String op;
    /** The chain rule for the operation that made this node; a leaf has nothing to pass on. */
    Runnable backwardStep = NOTHING;
    private String label = "";

    /** A leaf: an input or a parameter. */
    public Value(double data) {
        this(data, LEAF, "");
    }

    Value(double data, Value[] children, String op) {
        this.data = data;
        this.children = children;
        this.op = op;
    }

    /** A leaf holding {@code data}; reads well as {@code Value.of(2).mul(x)}. */
    public static Value of(double data) {
        return new Value(data);
    }

    public double data() {
        return data;
    }

    public double grad() {
        return grad;
    }

    /** Overwrites the value, as a gradient-descent step does to a parameter. */
    public void setData(double data) {
        this.data = data;
    }

    public String label() {
        return label;
    }

    /** Names this node for drawing; returns this node. */
    public Value label(String label) {
        this.label = label;
        return this;
    }

    /** The inputs of the operation that made this node (empty for a leaf). */
    public List<Value> children() {
        return List.of(children);
    }

    /** The operation that made this node, e.g. {@code "+"} or {@code "tanh"}; empty for a leaf. */
    public String op() {
        return op;
    }

    /** Sets the gradient to zero, before the next backward pass accumulates into it. */
    public void zeroGrad() {
        grad = 0;
    }

    // ---- 03.1 addition and multiplication -----------------------------------------------------------

    /** this + other, op {@code "+"}. Both inputs get the output's gradient unchanged: d(a+b)/da = 1. */
    public Value add(Value other) {
        throw new Todo("03.1");
    }

    public Value add(double other) {
        return add(new Value(other));
    }

    /** this · other, op {@code "*"}. Each input's local derivative is the other input: d(a·b)/da = b. */
    public Value mul(Value other) {
        throw new Todo("03.1");
    }

    public Value mul(double other) {
        return mul(new Value(other));
    }

    // ---- 03.2 more arithmetic -------------------------------------------------------------------------

    /**
     * this<sup>exponent</sup> for a constant exponent: d(xⁿ)/dx = n·xⁿ⁻¹. Name the op
     * {@code "**" + number(exponent)}, e.g. {@code **2}.
     */
    public Value pow(double exponent) {
        throw new Todo("03.2");
    }

    /** −this, as this · (−1). */
    public Value neg() {
        throw new Todo("03.2");
    }

    /** this − other, as this + (−other). */
    public Value sub(Value other) {
        throw new Todo("03.2");
    }

    public Value sub(double other) {
        throw new Todo("03.2");
    }

    /** this / other, as this · other⁻¹. */
    public Value div(Value other) {
        throw new Todo("03.2");
    }

    public Value div(double other) {
        throw new Todo("03.2");
    }

    /** number − this: what Python writes as {@code 10 - x}. */
    public Value rsub(double number) {
        throw new Todo("03.2");
    }

    /** number / this: what Python writes as {@code 10 / x}. */
    public Value rdiv(double number) {
        throw new Todo("03.2");
    }

    // ---- 03.3 non-linearities -------------------------------------------------------------------------

    /** tanh(this), op {@code "tanh"}: d tanh(x)/dx = 1 − tanh²(x), computed from the output already at hand. */
    public Value tanh() {
        throw new Todo("03.3");
    }

    /** e<sup>this</sup>, op {@code "exp"}: its own derivative. */
    public Value exp() {
        throw new Todo("03.3");
    }

    /** max(0, this), op {@code "relu"}: passes the gradient where the input was positive, blocks it elsewhere. */
    public Value relu() {
        throw new Todo("03.3");
    }

    // ---- 03.4 backpropagation -------------------------------------------------------------------------

    /**
     * Fills in {@code grad} of every node this one depends on with d(this)/d(node).
     *
     * <p>The intermediate nodes of the graph get fresh gradients; the leaves (inputs and parameters)
     * accumulate, as in PyTorch: calling {@code backward()} twice without {@link #zeroGrad()} on the leaves
     * doubles their gradients. That is why a training loop zeroes the parameters' grads every step.
     */
    public void backward() {
        throw new Todo("03.4");
    }

    /**
     * Every node this one depends on, each exactly once and after all of its children (this node last).
     *
     * <p>Write it as a depth-first search with an explicit stack ({@code ArrayDeque}), not recursion: a chain
     * of 100,000 nodes would overflow the JVM's call stack. Keep track of visited nodes by identity
     * ({@code Value} does not override {@code equals}, so a {@code HashSet} works, as does an
     * {@code IdentityHashMap}).
     */
    List<Value> topologicalOrder() {
        throw new Todo("03.4");
    }

    @Override
    public String toString() {
        return "Value(data=" + data + ", grad=" + grad + ")";
    }

    /** A number as an op name shows it: 2 rather than 2.0. */
    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
