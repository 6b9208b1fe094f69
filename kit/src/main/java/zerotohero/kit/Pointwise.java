package zerotohero.kit;

import java.util.Arrays;
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
            double[] xs = x.doubles();
            double[] zs = z.doubles();
            double[] ys = y.doubles();
            for (int r = 0, o = 0; r < plan.rows; r++) {
                int i = plan.aStart[r];
                int j = plan.bStart[r];
                for (int c = 0; c < plan.width; c++, o++, i += plan.aStep, j += plan.bStep) {
                    ys[o] = f.apply(xs[i], zs[j]);
                }
            }
        }
        // A sum's operand of the output's shape (and a difference's left one) takes the gradient unchanged.
        boolean aPassesOn = (f == Arithmetic.ADD || f == Arithmetic.SUB) && Arrays.equals(a.shape(), outShape);
        boolean bPassesOn = f == Arithmetic.ADD && Arrays.equals(b.shape(), outShape);
        return Tensor.result(y, outShape, f.op, node -> {
            JavaArray dy = node.gradient().values();
            if (aPassesOn && a.requiresGrad()) {
                a.gradient().addAll(dy);
            }
            if (bPassesOn && b.requiresGrad()) {
                b.gradient().addAll(dy);
            }
            JavaArray dx = a.requiresGrad() && !aPassesOn ? a.gradient().numbers() : null;
            JavaArray dz = b.requiresGrad() && !bPassesOn ? b.gradient().numbers() : null;
            if (dx == null && dz == null) {
                return;
            }
            if (Float32Arithmetic.arithmeticBackward(f.symbol, x, z, dy, dx, dz, plan)) { // float32: the same, faster
                return;
            }
            double[] xs = x.doubles();
            double[] zs = z.doubles();
            double[] g = dy.doubles();
            double[] da = dx == null ? null : dx.doubles();
            double[] db = dz == null ? null : dz.doubles();
            for (int r = 0, o = 0; r < plan.rows; r++) {
                int i = plan.aStart[r];
                int j = plan.bStart[r];
                for (int c = 0; c < plan.width; c++, o++, i += plan.aStep, j += plan.bStep) {
                    if (da != null) {
                        da[i] += g[o] * f.byA(xs[i], zs[j]); // the chain rule: dy · ∂y/∂a
                    }
                    if (db != null) {
                        db[j] += g[o] * f.byB(xs[i], zs[j]);
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
            double[] xs = x.doubles();
            double[] ys = y.doubles();
            for (int i = 0; i < ys.length; i++) {
                ys[i] = xs[i] + c;
            }
        }
        return Tensor.result(y, a.shape(), "add", node -> {
            a.gradient().addAll(node.gradient().values());
        }, a);
    }

    /** y = a·c: dx = c·dy. */
    static Tensor mul(Tensor a, double c) {
        JavaArray x = a.numbers();
        JavaArray y = JavaArray.zeros(a.type(), x.length);
        if (!Float32Arithmetic.scale(x, c, y)) { // float32: the same, faster
            double[] xs = x.doubles();
            double[] ys = y.doubles();
            for (int i = 0; i < ys.length; i++) {
                ys[i] = xs[i] * c;
            }
        }
        return Tensor.result(y, a.shape(), "mul", node -> {
            JavaArray dy = node.gradient().values();
            JavaArray dx = a.gradient().numbers();
            if (Float32Arithmetic.scaleBackward(dy, c, dx)) {
                return;
            }
            double[] g = dy.doubles();
            double[] d = dx.doubles();
            for (int i = 0; i < g.length; i++) {
                d[i] += g[i] * c;
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
            JavaArray dy = node.gradient().values();
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
            JavaArray dy = node.gradient().values();
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
            double[] xs = x.doubles();
            double[] ys = y.doubles();
            for (int i = 0; i < ys.length; i++) {
                ys[i] = tanh(xs[i]);
            }
        }
        return Tensor.result(y, a.shape(), "tanh", node -> {
            JavaArray dy = node.gradient().values();
            JavaArray dx = a.gradient().numbers();
            if (Float32Kernels.tanhBackward(y, dy, dx)) {
                return;
            }
            double[] ys = y.doubles();
            double[] g = dy.doubles();
            double[] d = dx.doubles();
            for (int i = 0; i < g.length; i++) {
                d[i] += (1 - ys[i] * ys[i]) * g[i]; // d tanh(x)/dx = 1 − tanh²(x)
            }
        }, a);
    }

    /**
     * tanh in double precision, within 3 units in the last place of {@code Math.tanh} and three to four
     * times faster (about 10 ns a call against 30–40 on the course's benchmark machine; module 07 takes
     * 6,400 of them a step). Away from 0 it is 1 − 2/(e^{2|x|} + 1), with the sign put back, which loses
     * nothing once tanh is past ½; near 0, where that difference would cancel, x + x³·P(x²)/Q(x²) with
     * Cephes' rational coefficients. Past |x| = 22 tanh is ±1 to double precision.
     */
    static double tanh(double x) {
        double z = Math.abs(x);
        if (z >= 0.625) {
            return Math.copySign(z > 22 ? 1 : 1 - 2 / (Math.exp(2 * z) + 1), x);
        }
        if (x == 0) {
            return x; // keeps the sign of −0.0
        }
        double s = x * x;
        double p = (-9.64399179425052238628e-1 * s - 9.92877231001918586564e1) * s - 1.61468768441708447952e3;
        double q = ((s + 1.12811678491632931402e2) * s + 2.23548839060100448583e3) * s + 4.84406305325125486048e3;
        return x + x * s * (p / q);
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
            JavaArray dy = node.gradient().values();
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
