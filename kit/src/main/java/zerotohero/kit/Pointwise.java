package zerotohero.kit;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import zerotohero.kit.fast.BroadcastPlan;
import zerotohero.kit.fast.Float32Arithmetic;
import zerotohero.kit.fast.Float32Kernels;
import zerotohero.kit.fast.JavaArray;

/**
 * Element-wise ops: arithmetic with broadcasting, and functions of one number (tanh, GELU, exp, ...).
 *
 * <p>Each op is a loop over the numbers that computes the output, then the backward closure: another loop
 * that adds dy · (local derivative) into the input's gradient, the chain rule one element at a time. For
 * float32, tanh and GELU first offer the loop to a vectorised kernel ({@link Float32Kernels}), which does
 * the same in float arithmetic; the plain loop is the definition.
 */
final class Pointwise {

    private Pointwise() {}

    /** The four element-wise operations: each one's result, and its two local derivatives. */
    enum Arithmetic {
        ADD('+'), SUB('-'), MUL('*'), DIV('/');

        final String op = name().toLowerCase(Locale.ROOT);
        final char symbol;

        Arithmetic(char symbol) {
            this.symbol = symbol;
        }

        double apply(double a, double b) {
            return switch (this) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
            };
        }

        /** ∂y/∂a. */
        double byA(double a, double b) {
            return switch (this) {
                case ADD, SUB -> 1;
                case MUL -> b;
                case DIV -> 1 / b;
            };
        }

        /** ∂y/∂b. */
        double byB(double a, double b) {
            return switch (this) {
                case ADD -> 1;
                case SUB -> -1;
                case MUL -> a;
                case DIV -> -a / (b * b);
            };
        }
    }

    /**
     * y = a ∘ b element by element, with broadcasting. The loop walks the output row by row and finds each
     * input's number through a {@link BroadcastPlan}; backward walks the same plan, so an element of a
     * broadcast input receives the sum of its copies' gradients.
     */
    static Tensor arithmetic(Arithmetic f, Tensor a, Tensor b) {
        long[] outShape = Shapes.broadcast(f.op, a.shape(), b.shape());
        Tensor.checkSameType(f.op, a, b);
        BroadcastPlan plan = new BroadcastPlan(outShape, a.shape(), b.shape());
        JavaArray x = a.numbers();
        JavaArray z = b.numbers();
        JavaArray y = JavaArray.zeros(a.type(), Shapes.length(outShape));
        if (!Float32Arithmetic.arithmetic(f.symbol, x, z, y, plan)) { // float32: the same, faster
            for (int r = 0, o = 0; r < plan.rows; r++) {
                int i = plan.aStart[r];
                int j = plan.bStart[r];
                for (int c = 0; c < plan.width; c++, o++, i += plan.aStep, j += plan.bStep) {
                    y.set(o, f.apply(x.get(i), z.get(j)));
                }
            }
        }
        return Tensor.result(y, outShape, f.op, node -> {
            JavaArray dy = node.gradient().numbers();
            JavaArray dx = a.requiresGrad() ? a.gradient().numbers() : null;
            JavaArray dz = b.requiresGrad() ? b.gradient().numbers() : null;
            if (Float32Arithmetic.arithmeticBackward(f.symbol, x, z, dy, dx, dz, plan)) { // float32: the same, faster
                return;
            }
            for (int r = 0, o = 0; r < plan.rows; r++) {
                int i = plan.aStart[r];
                int j = plan.bStart[r];
                for (int c = 0; c < plan.width; c++, o++, i += plan.aStep, j += plan.bStep) {
                    if (dx != null) {
                        dx.add(i, dy.get(o) * f.byA(x.get(i), z.get(j))); // the chain rule: dy · ∂y/∂a
                    }
                    if (dz != null) {
                        dz.add(j, dy.get(o) * f.byB(x.get(i), z.get(j)));
                    }
                }
            }
        }, a, b);
    }

    /** y = a + c: the gradient passes through unchanged. */
    static Tensor add(Tensor a, double c) {
        JavaArray x = a.numbers();
        JavaArray y = JavaArray.zeros(a.type(), x.length);
        if (!Float32Arithmetic.shift(x, c, y)) { // float32: the same, faster
            for (int i = 0; i < y.length; i++) {
                y.set(i, x.get(i) + c);
            }
        }
        return Tensor.result(y, a.shape(), "add", node -> {
            JavaArray dy = node.gradient().numbers();
            JavaArray.moveRuns(dy, null, a.gradient().numbers(), null, 1, dy.length, true);
        }, a);
    }

    /** y = a·c: dx = c·dy. */
    static Tensor mul(Tensor a, double c) {
        JavaArray x = a.numbers();
        JavaArray y = JavaArray.zeros(a.type(), x.length);
        if (!Float32Arithmetic.scale(x, c, y)) { // float32: the same, faster
            for (int i = 0; i < y.length; i++) {
                y.set(i, x.get(i) * c);
            }
        }
        return Tensor.result(y, a.shape(), "mul", node -> {
            JavaArray dy = node.gradient().numbers();
            JavaArray dx = a.gradient().numbers();
            if (Float32Arithmetic.scaleBackward(dy, c, dx)) {
                return;
            }
            for (int i = 0; i < dy.length; i++) {
                dx.add(i, dy.get(i) * c);
            }
        }, a);
    }

    // ------------------------------------------------------------------------------------------------
    // Functions of one number. Each is y = f(x) element by element, with backward dx += f'(x)·dy; f' may
    // use y, which is often cheaper (tanh' = 1 − y²).

    /** The derivative of a function of one number, given the input x and the output y. */
    interface Derivative {
        double at(double x, double y);
    }

    static Tensor unary(Tensor a, String op, DoubleUnaryOperator f, Derivative df) {
        JavaArray x = a.numbers();
        JavaArray y = JavaArray.zeros(a.type(), x.length);
        for (int i = 0; i < y.length; i++) {
            y.set(i, f.applyAsDouble(x.get(i)));
        }
        return Tensor.result(y, a.shape(), op, node -> {
            JavaArray dy = node.gradient().numbers();
            JavaArray dx = a.gradient().numbers();
            for (int i = 0; i < dy.length; i++) {
                dx.add(i, df.at(x.get(i), y.get(i)) * dy.get(i));
            }
        }, a);
    }

    static Tensor neg(Tensor a) {
        return unary(a, "neg", x -> -x, (x, y) -> -1);
    }

    static Tensor pow(Tensor a, double p) {
        return unary(a, "pow", x -> Math.pow(x, p), (x, y) -> p * Math.pow(x, p - 1)); // d(x^p)/dx = p·x^(p-1)
    }

    static Tensor relu(Tensor a) {
        JavaArray x = a.numbers();
        JavaArray y = JavaArray.zeros(a.type(), x.length);
        if (!Float32Kernels.relu(x, y)) { // float32: the same, vectorised
            for (int i = 0; i < y.length; i++) {
                y.set(i, Math.max(x.get(i), 0)); // NaN stays NaN, as in PyTorch
            }
        }
        return Tensor.result(y, a.shape(), "relu", node -> {
            JavaArray dy = node.gradient().numbers();
            JavaArray dx = a.gradient().numbers();
            if (Float32Kernels.reluBackward(y, dy, dx)) {
                return;
            }
            for (int i = 0; i < dy.length; i++) {
                dx.add(i, x.get(i) > 0 ? dy.get(i) : 0); // slope 1 where the unit is on, 0 where it is off
            }
        }, a);
    }

    static Tensor sigmoid(Tensor a) {
        DoubleUnaryOperator exp = Float32Kernels.exp(a.type());
        return unary(a, "sigmoid", x -> 1 / (1 + exp.applyAsDouble(-x)), (x, y) -> y * (1 - y)); // σ' = σ(1 − σ)
    }

    static Tensor exp(Tensor a) {
        DoubleUnaryOperator exp = Float32Kernels.exp(a.type());
        return unary(a, "exp", exp, (x, y) -> y); // d eˣ/dx = eˣ
    }

    static Tensor log(Tensor a) {
        return unary(a, "log", Math::log, (x, y) -> 1 / x);
    }

    static Tensor tanh(Tensor a) {
        JavaArray x = a.numbers();
        JavaArray y = JavaArray.zeros(a.type(), x.length);
        if (!Float32Kernels.tanh(x, y)) { // float32: the same, vectorised
            for (int i = 0; i < y.length; i++) {
                y.set(i, Math.tanh(x.get(i)));
            }
        }
        return Tensor.result(y, a.shape(), "tanh", node -> {
            JavaArray dy = node.gradient().numbers();
            JavaArray dx = a.gradient().numbers();
            if (Float32Kernels.tanhBackward(y, dy, dx)) {
                return;
            }
            for (int i = 0; i < dy.length; i++) {
                double yi = y.get(i);
                dx.add(i, (1 - yi * yi) * dy.get(i)); // d tanh(x)/dx = 1 − tanh²(x)
            }
        }, a);
    }

    /**
     * GELU, the smooth ReLU of GPT-2, in its tanh form: y = ½·x·(1 + tanh(u)) with
     * u = √(2/π)·(x + 0.044715·x³). Its derivative follows by the product and chain rules:
     * ½·(1 + tanh u) + ½·x·(1 − tanh² u)·√(2/π)·(1 + 3·0.044715·x²).
     */
    static Tensor gelu(Tensor a) {
        double c = Math.sqrt(2 / Math.PI);
        JavaArray x = a.numbers();
        JavaArray y = JavaArray.zeros(a.type(), x.length);
        JavaArray t = JavaArray.zeros(a.type(), y.length); // tanh(u), kept for the backward pass
        if (!Float32Kernels.gelu(x, t, y)) { // float32: the same, vectorised
            for (int i = 0; i < y.length; i++) {
                double xi = x.get(i);
                double ti = Math.tanh(c * (xi + 0.044715 * xi * xi * xi));
                t.set(i, ti);
                y.set(i, 0.5 * xi * (1 + ti));
            }
        }
        return Tensor.result(y, a.shape(), "gelu", node -> {
            JavaArray dy = node.gradient().numbers();
            JavaArray dx = a.gradient().numbers();
            if (Float32Kernels.geluBackward(x, t, dy, dx)) {
                return;
            }
            for (int i = 0; i < dy.length; i++) {
                double xi = x.get(i);
                double du = c * (1 + 3 * 0.044715 * xi * xi);
                double ti = t.get(i);
                dx.add(i, (0.5 * (1 + ti) + 0.5 * xi * (1 - ti * ti) * du) * dy.get(i));
            }
        }, a);
    }
}
