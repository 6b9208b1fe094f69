package zerotohero.micrograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A scalar in an expression graph: its value ({@code data}), the derivative of the final output with
 * respect to it ({@code grad}), and how it was made (the operation and its inputs, its children).
 *
 * <p>Every operation builds its output node together with a {@code backwardStep}: the chain rule for that
 * one operation, which adds {@code out.grad × local derivative} into each input's grad. {@link #backward()}
 * runs those steps from the output back to the leaves.
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
        Value out = new Value(data + other.data, new Value[] {this, other}, "+");
        out.backwardStep = () -> {
            this.grad += out.grad;
            other.grad += out.grad;
        };
        return out;
    }

    public Value add(double other) {
        return add(new Value(other));
    }

    /** this · other, op {@code "*"}. Each input's local derivative is the other input: d(a·b)/da = b. */
    public Value mul(Value other) {
        Value out = new Value(data * other.data, new Value[] {this, other}, "*");
        out.backwardStep = () -> {
            this.grad += other.data * out.grad;
            other.grad += this.data * out.grad;
        };
        return out;
    }

    public Value mul(double other) {
        return mul(new Value(other));
    }

    // ---- 03.2 more arithmetic -------------------------------------------------------------------------

    /** this<sup>exponent</sup> for a constant exponent: d(xⁿ)/dx = n·xⁿ⁻¹. */
    public Value pow(double exponent) {
        Value out = new Value(Math.pow(data, exponent), new Value[] {this}, "**" + number(exponent));
        out.backwardStep = () -> this.grad += exponent * Math.pow(data, exponent - 1) * out.grad;
        return out;
    }

    /** −this, as this · (−1). */
    public Value neg() {
        return mul(-1);
    }

    /** this − other, as this + (−other). */
    public Value sub(Value other) {
        return add(other.neg());
    }

    public Value sub(double other) {
        return add(-other);
    }

    /** this / other, as this · other⁻¹. */
    public Value div(Value other) {
        return mul(other.pow(-1));
    }

    public Value div(double other) {
        return mul(new Value(other).pow(-1));
    }

    /** number − this: what Python writes as {@code 10 - x}. */
    public Value rsub(double number) {
        return neg().add(number);
    }

    /** number / this: what Python writes as {@code 10 / x}. */
    public Value rdiv(double number) {
        return pow(-1).mul(number);
    }

    // ---- 03.3 non-linearities -------------------------------------------------------------------------

    /** tanh(this), op {@code "tanh"}: d tanh(x)/dx = 1 − tanh²(x), computed from the output already at hand. */
    public Value tanh() {
        double t = Math.tanh(data);
        Value out = new Value(t, new Value[] {this}, "tanh");
        out.backwardStep = () -> this.grad += (1 - t * t) * out.grad;
        return out;
    }

    /** e<sup>this</sup>, op {@code "exp"}: its own derivative. */
    public Value exp() {
        double e = Math.exp(data);
        Value out = new Value(e, new Value[] {this}, "exp");
        out.backwardStep = () -> this.grad += e * out.grad;
        return out;
    }

    /** max(0, this), op {@code "relu"}: passes the gradient where the input was positive, blocks it elsewhere. */
    public Value relu() {
        Value out = new Value(data > 0 ? data : 0, new Value[] {this}, "relu");
        out.backwardStep = () -> this.grad += (out.data > 0 ? 1 : 0) * out.grad;
        return out;
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
        List<Value> order = topologicalOrder();
        for (Value v : order) {
            if (v.children.length > 0) {
                v.grad = 0;
            }
        }
        grad = 1;
        for (int i = order.size() - 1; i >= 0; i--) {
            order.get(i).backwardStep.run();
        }
    }

    /**
     * Every node this one depends on, each exactly once and after all of its children (this node last).
     *
     * <p>A depth-first search with an explicit stack rather than recursion: a chain of 100,000 nodes would
     * overflow the JVM's call stack. Each node is met twice: on the way down it is marked visited and pushed
     * back as "expanded" under its unvisited children; on the way up, popped as "expanded", all its
     * children are in the order, so it joins it. Visited means this very node, not an equal number, hence
     * the identity set.
     */
    List<Value> topologicalOrder() {
        record Frame(Value node, boolean expanded) {}

        Deque<Frame> stack = new ArrayDeque<>();
        Set<Value> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Value> order = new ArrayList<>();
        stack.push(new Frame(this, false));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            if (f.expanded()) {
                order.add(f.node());
            } else if (visited.add(f.node())) {
                stack.push(new Frame(f.node(), true));
                for (Value child : f.node().children) {
                    if (!visited.contains(child)) {
                        stack.push(new Frame(child, false));
                    }
                }
            }
        }
        return order;
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
