package zerotohero.kit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.fast.Gradient;
import zerotohero.kit.fast.JavaArray;

/**
 * micrograd's {@code Value}, grown from one number to an array of them.
 *
 * <p>A tensor holds its numbers ({@link #data()}, an ND4J {@code INDArray} when you ask for one; an op's
 * output keeps them in a Java array until then, see the fields), their gradient
 * ({@link #grad()}, same shape, filled in by {@link #backward()}), and, when an op made it, that op's
 * inputs and a <em>backward closure</em>: a few lines that take the gradient of this tensor and add each
 * input's share to that input's gradient. This class is the engine: making tensors, the graph, backward
 * in topological order, and the one way a gradient accumulates ({@code gradient()}).
 *
 * <p>The ops live in files named after what they do, each op's output and its backward closure side by
 * side, so the derivative of an op sits right next to the op, exactly as in micrograd:
 * <ul>
 *   <li>{@code Pointwise}: add, sub, mul, div (broadcasting), neg, pow, tanh, relu, sigmoid, gelu, exp, log;</li>
 *   <li>{@code Reductions}: sum, mean, max, var;</li>
 *   <li>{@code Normalization}: layer norm and batch norm as one fused op, {@link #normalize};</li>
 *   <li>{@code Softmax}: softmax, logSoftmax, and the losses crossEntropy, mse, binaryCrossEntropy;</li>
 *   <li>{@code Layout}: view, reshape, transpose, permute, rows, slice, cat, maskedFill, dropout;</li>
 *   <li>{@code MatMul}: matmul, whose local derivatives are products too.</li>
 * </ul>
 * The instance methods at the end of this class are one-line doors into them, so that
 * {@code x.matmul(w).add(b).tanh()} reads as it would in PyTorch. What makes the ops fast (loops over Java
 * copies of the numbers, BLAS, float32 kernels) is kept out of their way in {@code zerotohero.kit.fast}.
 *
 * <p>Gradients accumulate (+=) across uses of a tensor and across calls of {@code backward()} until you
 * clear them with {@link #zeroGrad()}, as in micrograd and PyTorch. Data is float32 unless you ask for
 * float64 (gradient checks use float64).
 *
 * <p>(Longer than kit's other files because it is the whole public API in one place: the engine, and a
 * one-line door for every op.)
 */
public final class Tensor {

    /** The type new tensors get unless asked otherwise. */
    public static final DataType DEFAULT_TYPE = DataType.FLOAT;

    /**
     * A backward closure: given the op's output node, reads its gradient ({@code node.grad()} as an array,
     * or {@code node.gradient().values()} as numbers for a loop) and adds each input's share to that
     * input's {@link #gradient()}.
     */
    @FunctionalInterface
    interface Backward {
        void apply(Tensor node);
    }

    // The numbers live in one of two places. An op's output starts as a Java array (`numbers`), which the
    // next op reads without a copy and which nothing ever writes into; it becomes an ND4J array (`data`)
    // only when someone asks for one with data(), and from then on that array is the numbers (the caller
    // may change it in place). Making an ND4J array costs far more than the arithmetic of a small op, so
    // most intermediate results never become one.
    private INDArray data;
    private JavaArray numbers;
    private final long[] shape;
    private DataType type; // asked for by every op; ND4J works it out afresh each time
    private Gradient grad; // null until backward reaches this tensor
    private boolean requiresGrad;
    private final String op;
    private final Tensor[] inputs;
    private final Backward backward;

    private Tensor(INDArray data, JavaArray numbers, long[] shape, boolean requiresGrad, String op, Tensor[] inputs,
            Backward backward) {
        this.data = data;
        this.numbers = numbers;
        this.shape = shape;
        this.type = data != null ? data.dataType() : numbers.type();
        this.requiresGrad = requiresGrad;
        this.op = op;
        this.inputs = inputs;
        this.backward = backward;
    }

    // ------------------------------------------------------------------------------------------------
    // Making tensors

    /** Wraps an array (no copy). The tensor is a constant until you call {@link #requireGrad()}. */
    public static Tensor of(INDArray data) {
        return new Tensor(data, null, data.shape(), false, "", new Tensor[0], null);
    }

    /**
     * A constant of this type (FLOAT or DOUBLE) and shape holding a copy of {@code values} in row-major
     * order. It makes no ND4J array until someone calls {@link #data()}, so it is the cheap way to hand
     * back numbers a loop computed, such as a gradient worked out by hand.
     */
    public static Tensor of(DataType type, double[] values, long... shape) {
        if (values.length != Shapes.length(shape) || Arrays.stream(shape).anyMatch(size -> size < 0)) {
            throw new IllegalArgumentException("Tensor.of: " + values.length + " numbers cannot have shape "
                    + Shapes.str(shape));
        }
        JavaArray numbers = JavaArray.zeros(type, values.length);
        for (int i = 0; i < values.length; i++) {
            numbers.set(i, values[i]);
        }
        return new Tensor(null, numbers, shape.clone(), false, "", new Tensor[0], null);
    }

    /** A 1-D float32 tensor. */
    public static Tensor of(double... values) { return of(Nd4j.createFromArray(values).castTo(DEFAULT_TYPE)); }
    /** A 2-D float32 tensor from rows. */
    public static Tensor of(double[][] rows) { return of(Nd4j.createFromArray(rows).castTo(DEFAULT_TYPE)); }
    /** A 0-D (scalar) float32 tensor. */
    public static Tensor scalar(double value) { return of(Nd4j.scalar(DEFAULT_TYPE, value)); }
    public static Tensor zeros(long... shape) { return of(Nd4j.zeros(DEFAULT_TYPE, shape)); }
    public static Tensor ones(long... shape) { return of(Nd4j.ones(DEFAULT_TYPE, shape)); }
    /** Samples of the standard normal distribution, from ND4J's generator (see {@link #manualSeed}). */
    public static Tensor randn(long... shape) { return of(Nd4j.randn(DEFAULT_TYPE, shape)); }
    /** Samples of the uniform distribution on [0, 1). */
    public static Tensor rand(long... shape) { return of(Nd4j.rand(DEFAULT_TYPE, shape)); }
    /** Seeds the generator behind {@link #randn}, {@link #rand} and {@link #dropout}, like torch.manual_seed. */
    public static void manualSeed(long seed) { Nd4j.getRandom().setSeed(seed); }

    /** Marks this tensor as one whose gradient we want (a parameter or an input under study). */
    public Tensor requireGrad() {
        requiresGrad = true;
        return this;
    }

    /** A copy of this tensor's numbers in another type (e.g. FLOAT or DOUBLE), as a new leaf. */
    public Tensor to(DataType type) {
        Tensor copy = of(data().castTo(type).dup('c'));
        copy.requiresGrad = requiresGrad;
        return copy;
    }

    /**
     * Changes this leaf's number type in place (e.g. float32 to float64), dropping its gradient. This is
     * what {@code Module.to} uses to turn a whole model into float64 for a gradient check.
     */
    public void convertTo(DataType type) {
        if (backward != null) {
            throw new IllegalStateException("convertTo: only a leaf tensor (a parameter or an input) can change type; "
                    + "this one is the output of " + op);
        }
        data = data().castTo(type).dup('c');
        this.type = type;
        grad = null;
    }

    /** The same numbers as a constant: no gradient flows back through the result. */
    public Tensor detach() {
        return data == null ? new Tensor(null, numbers, shape, false, "", new Tensor[0], null) : of(data);
    }

    // ------------------------------------------------------------------------------------------------
    // Looking at tensors

    /** The numbers as an ND4J array (the tensor's own: changing it changes the tensor). */
    public INDArray data() {
        if (data == null) {
            data = numbers.toNd4j(shape);
            numbers = null; // the caller may change the array: from now on it is the numbers
        }
        return data;
    }

    /**
     * The numbers for an op's loop to read: the Java array an op made (shared: never write into it), or a
     * copy of the ND4J array.
     */
    JavaArray numbers() {
        return numbers != null ? numbers : JavaArray.copyOf(data);
    }

    /** The gradient, or null if backward has not reached this tensor yet. */
    public INDArray grad() {
        return grad == null ? null : grad.array();
    }

    /**
     * The gradient as numbers, without making an ND4J array of it (for in-place updates), or null if
     * backward has not reached this tensor.
     */
    JavaArray gradNumbers() {
        return hasGrad() ? grad.numbers() : null;
    }

    /** Whether backward has reached this tensor, so that {@link #grad()} is not null (cheaper to ask than grad()). */
    public boolean hasGrad() {
        return grad != null && !grad.isEmpty();
    }

    public boolean requiresGrad() { return requiresGrad; }
    /** The name of the op that made this tensor ("" for a leaf). */
    public String op() { return op; }
    /** The tensors this one was computed from (empty for a leaf). */
    public List<Tensor> inputs() { return List.of(inputs); }
    public long[] shape() { return shape.clone(); }
    public long size(int dim) { return shape[Shapes.dim(dim, rank())]; }
    public int rank() { return shape.length; }
    public DataType type() { return type; }
    /** How many numbers. */
    long length() { return Shapes.length(shape); }

    /** The single number of a one-element tensor (e.g. a loss). */
    public double item() {
        if (length() != 1) {
            throw new IllegalStateException("item() needs a tensor with one element, not shape "
                    + Shapes.str(shape()));
        }
        return data != null ? data.getDouble(0) : numbers.get(0);
    }

    /** Forgets the gradient (the next backward starts from zero). */
    public void zeroGrad() {
        grad = null;
    }

    @Override
    public String toString() {
        return "Tensor(shape=" + Shapes.str(shape()) + ", " + type() + (op.isEmpty() ? "" : ", op=" + op)
                + ")\n" + (data != null ? data : numbers.toNd4j(shape));
    }

    // ------------------------------------------------------------------------------------------------
    // The graph: making op outputs, and running backward

    /**
     * The output of an op. It joins the graph only if some input wants a gradient and no {@link NoGrad}
     * scope is open; otherwise it is a plain constant and the closure is dropped.
     */
    static Tensor result(INDArray data, String op, Backward backward, Tensor... inputs) {
        return result(data, null, data.shape(), op, backward, inputs);
    }

    /** The output of an op whose numbers an op's loop computed, of the given shape (see {@link #numbers()}). */
    static Tensor result(JavaArray numbers, long[] shape, String op, Backward backward, Tensor... inputs) {
        if (numbers.length != Shapes.length(shape)) {
            throw new IllegalArgumentException(op + ": " + numbers.length + " numbers cannot have shape "
                    + Shapes.str(shape));
        }
        return result(null, numbers, shape, op, backward, inputs);
    }

    private static Tensor result(INDArray data, JavaArray numbers, long[] shape, String op, Backward backward,
            Tensor... inputs) {
        if (!NoGrad.isActive()) {
            for (Tensor in : inputs) {
                if (in.requiresGrad) {
                    return new Tensor(data, numbers, shape, true, op, inputs, backward);
                }
            }
        }
        return new Tensor(data, numbers, shape, false, "", new Tensor[0], null);
    }

    /**
     * This tensor's gradient, for a backward closure to add into: the one way gradients accumulate (the
     * {@code +=} of micrograd). See {@link Gradient} for the ways a contribution can come in.
     */
    Gradient gradient() {
        if (grad == null) {
            grad = new Gradient(type(), shape);
        }
        return grad;
    }

    /**
     * Backpropagation from a scalar (e.g. a loss): its gradient with respect to itself is 1, and every
     * tensor it was computed from receives d(this)/d(tensor) in {@link #grad()}.
     */
    public void backward() {
        if (length() != 1) {
            throw new IllegalStateException("backward() without a gradient needs a scalar, but this tensor has shape "
                    + Shapes.str(shape()) + "; reduce it first (e.g. .sum() or .mean()) or pass the gradient of "
                    + "the output: backward(gradient)");
        }
        JavaArray one = JavaArray.zeros(type(), 1);
        one.set(0, 1);
        backwardFrom(one);
    }

    /**
     * Backpropagation with a given gradient of this tensor (same shape). Nodes are visited in reverse
     * topological order, so each node's gradient is complete before its closure passes it on.
     */
    public void backward(INDArray gradient) {
        if (!Arrays.equals(gradient.shape(), shape)) {
            throw new IllegalArgumentException("backward: the gradient has shape " + Shapes.str(gradient.shape())
                    + " but the tensor has shape " + Shapes.str(shape()));
        }
        backwardFrom(JavaArray.copyOf(gradient.castTo(type())));
    }

    private void backwardFrom(JavaArray gradient) {
        if (!requiresGrad) {
            throw new IllegalStateException("backward: this tensor does not require a gradient (no input called "
                    + "requireGrad(), or it was computed inside a NoGrad scope)");
        }
        List<Tensor> order = topologicalOrder();
        // Intermediate gradients belong to one backward pass; only leaves accumulate across passes.
        for (Tensor t : order) {
            if (t.backward != null) {
                t.grad = null;
            }
        }
        JavaArray g = gradient().numbers();
        for (int i = 0; i < g.length; i++) {
            g.add(i, gradient.get(i));
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor t = order.get(i);
            if (t.backward != null && t.hasGrad()) {
                t.backward.apply(t);
            }
        }
    }

    /**
     * Every tensor this one depends on, inputs before outputs. Iterative, with an explicit stack: a graph
     * a hundred thousand ops deep would overflow the call stack of a recursive version.
     */
    private List<Tensor> topologicalOrder() {
        List<Tensor> order = new ArrayList<>();
        Set<Tensor> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Tensor> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Tensor> stack = new ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            Tensor t = stack.peek();
            if (visited.add(t)) {
                for (Tensor in : t.inputs) {
                    if (in.requiresGrad && !visited.contains(in)) {
                        stack.push(in);
                    }
                }
            } else {
                stack.pop();
                if (placed.add(t)) {
                    order.add(t); // all of t's inputs were placed before we came back to t
                }
            }
        }
        return order;
    }

    /** Fails with a message naming both types unless a and b have the same one. */
    static void checkSameType(String op, Tensor a, Tensor b) {
        if (a.type() != b.type()) {
            throw new IllegalArgumentException(op + ": types differ (" + a.type() + " and " + b.type()
                    + "); convert one with .to(...)");
        }
    }

    /** Runs a differentiable op of your own (see {@link CustomOp}) as a node of the graph. */
    public static Tensor apply(CustomOp fn, Tensor... inputs) { return CustomOps.apply(fn, inputs); }

    // ------------------------------------------------------------------------------------------------
    // Element-wise (Pointwise). Arithmetic broadcasts: x (32, 200) + b (200) adds b to every row, and b's
    // gradient sums the gradients of its 32 copies.

    public Tensor add(Tensor b) { return Pointwise.arithmetic(Pointwise.Arithmetic.ADD, this, b); }
    public Tensor sub(Tensor b) { return Pointwise.arithmetic(Pointwise.Arithmetic.SUB, this, b); }
    public Tensor mul(Tensor b) { return Pointwise.arithmetic(Pointwise.Arithmetic.MUL, this, b); }
    public Tensor div(Tensor b) { return Pointwise.arithmetic(Pointwise.Arithmetic.DIV, this, b); }
    public Tensor add(double c) { return Pointwise.add(this, c); }
    public Tensor sub(double c) { return Pointwise.add(this, -c); }
    public Tensor mul(double c) { return Pointwise.mul(this, c); }
    public Tensor div(double c) { return Pointwise.mul(this, 1.0 / c); }
    public Tensor neg() { return Pointwise.neg(this); }
    /** Raises every element to a constant power. */
    public Tensor pow(double p) { return Pointwise.pow(this, p); }
    public Tensor tanh() { return Pointwise.tanh(this); }
    public Tensor relu() { return Pointwise.relu(this); }
    public Tensor sigmoid() { return Pointwise.sigmoid(this); }
    /** GELU, the smooth ReLU of GPT-2, in its tanh form. */
    public Tensor gelu() { return Pointwise.gelu(this); }
    public Tensor exp() { return Pointwise.exp(this); }
    public Tensor log() { return Pointwise.log(this); }

    // ------------------------------------------------------------------------------------------------
    // Reductions (Reductions); with keepdim the reduced dimensions stay, with size 1, for broadcasting.

    /** The sum of all elements, a scalar. */
    public Tensor sum() { return Reductions.sum(this, Shapes.all(rank()), false); }
    public Tensor sum(int dim, boolean keepdim) { return Reductions.sum(this, new int[] {dim}, keepdim); }
    public Tensor sum(int[] dims, boolean keepdim) { return Reductions.sum(this, dims, keepdim); }
    /** The mean of all elements, a scalar. */
    public Tensor mean() { return Reductions.mean(this, Shapes.all(rank()), false); }
    public Tensor mean(int dim, boolean keepdim) { return Reductions.mean(this, new int[] {dim}, keepdim); }
    public Tensor mean(int[] dims, boolean keepdim) { return Reductions.mean(this, dims, keepdim); }
    /** The largest element along {@code dim}; the gradient goes to the maximum (to each of tied ones). */
    public Tensor max(int dim, boolean keepdim) { return Reductions.max(this, dim, keepdim); }

    /** The variance over {@code dims}, divided by n (biased) or n − 1 (unbiased, PyTorch's default). */
    public Tensor var(int[] dims, boolean keepdim, boolean unbiased) {
        return Reductions.var(this, dims, keepdim, unbiased);
    }

    /**
     * (x − mean) / √(var + eps) · gamma + beta as one op (Normalization), over the last dimension (layer
     * norm) or over all the others (batch norm in training mode); gamma and beta have the last size.
     */
    public Tensor normalize(int[] dims, Tensor gamma, Tensor beta, double eps) {
        return Normalization.normalize(this, dims, gamma, beta, eps);
    }

    // ------------------------------------------------------------------------------------------------
    // Softmax and the losses (Softmax)

    /** exp(x) / Σ exp(x) along {@code dim}: turns scores into probabilities. */
    public Tensor softmax(int dim) { return Softmax.softmax(this, dim); }
    /** log(softmax(x)) along {@code dim}, computed so that nothing overflows. */
    public Tensor logSoftmax(int dim) { return Softmax.logSoftmax(this, dim); }
    /** The mean negative log-probability of the targets: logits (n, classes), one class index per row. */
    public Tensor crossEntropy(int[] targets) { return Softmax.crossEntropy(this, targets); }
    /** Mean squared error against a target of the same shape. */
    public Tensor mse(Tensor target) { return Softmax.mse(this, target); }
    /** Binary cross-entropy of probabilities (e.g. a sigmoid's output) against 0/1 targets. */
    public Tensor binaryCrossEntropy(Tensor target) { return Softmax.binaryCrossEntropy(this, target); }

    // ------------------------------------------------------------------------------------------------
    // Moving numbers around (Layout): shapes, indexing, concatenation, masks, dropout

    /** The same numbers in another shape (one size may be -1: inferred). Like torch's view/reshape. */
    public Tensor view(long... newShape) { return Layout.view(this, newShape); }
    public Tensor reshape(long... newShape) { return Layout.view(this, newShape); }
    /** Swaps two dimensions (for a matrix: the transpose). */
    public Tensor transpose(int dim0, int dim1) { return Layout.transpose(this, dim0, dim1); }
    /** Reorders the dimensions: result dimension i is this tensor's dimension {@code order[i]}. */
    public Tensor permute(int... order) { return Layout.permute(this, order); }
    /** Picks rows of a matrix by index, an embedding lookup: shape (ids.length, columns). */
    public Tensor rows(int[] ids) { return Layout.rows(this, ids); }
    /** From {@code start} (inclusive) to {@code end} (exclusive) along {@code dim}, like x[:, start:end]. */
    public Tensor slice(int dim, long start, long end) { return Layout.slice(this, dim, start, end); }
    /** Joins tensors along a dimension; all other sizes must agree. */
    public static Tensor cat(int dim, Tensor... parts) { return Layout.cat(dim, parts); }
    /** Replaces elements where {@code mask} (broadcast) is non-zero by {@code value}, e.g. −∞ (causal mask). */
    public Tensor maskedFill(Tensor mask, double value) { return Layout.maskedFill(this, mask, value); }
    /** Inverted dropout: zeroes each element with probability p and scales the rest by 1/(1 − p). */
    public Tensor dropout(double p) { return Layout.dropout(this, p); }

    // ------------------------------------------------------------------------------------------------
    // Matrix multiplication (MatMul)

    /** (n, k) @ (k, m); a batch (..., n, k) @ (k, m), every row by one matrix; two batches pairwise. */
    public Tensor matmul(Tensor b) { return MatMul.matmul(this, b); }
}
