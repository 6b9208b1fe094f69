package zerotohero.kit;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import zerotohero.kit.fast.Float32Kernels;
import zerotohero.kit.fast.Float32Softmax;
import zerotohero.kit.fast.JavaArray;

/**
 * Softmax and log-softmax along a dimension, and the losses built on probabilities: cross-entropy (fused
 * with its softmax), mean squared error and binary cross-entropy.
 *
 * <p>Each row is computed stably: subtracting the row's maximum before exp changes nothing in the result
 * and keeps exp from overflowing. Float32 tensors take exp to float32's precision ({@link Float32Kernels}).
 */
final class Softmax {

    private Softmax() {}

    /** exp(x) / Σ exp(x) along {@code dim}: turns scores into probabilities. */
    static Tensor softmax(Tensor a, int dim) {
        int d = Shapes.dim(dim, a.rank());
        if (d != a.rank() - 1) { // move the dimension last, and back
            return a.transpose(d, -1).softmax(-1).transpose(d, -1);
        }
        DoubleUnaryOperator exp = Float32Kernels.exp(a.type());
        int width = (int) a.size(-1);
        JavaArray x = a.numbers();
        JavaArray y = JavaArray.zeros(a.type(), x.length);
        if (!Float32Softmax.forward(x, y, width)) { // float32: the same numbers, faster
            for (int start = 0; start < y.length; start += width) {
                double max = Double.NEGATIVE_INFINITY; // subtracting the row's max keeps exp from overflowing
                for (int c = start; c < start + width; c++) {
                    max = x.get(c) > max ? x.get(c) : max;
                }
                double sum = 0;
                for (int c = start; c < start + width; c++) {
                    double e = exp.applyAsDouble(x.get(c) - max);
                    y.set(c, e);
                    sum += e;
                }
                for (int c = start; c < start + width; c++) {
                    y.set(c, y.get(c) / sum);
                }
            }
        }
        return Tensor.result(y, a.shape(), "softmax", node -> {
            // dx = y ⊙ (g − Σ g⊙y): the Jacobian of softmax applied without building it.
            JavaArray dy = node.gradient().values();
            JavaArray dx = a.gradient().numbers();
            if (!Float32Softmax.backward(y, dy, dx, width)) { // float32: the same numbers, faster
                for (int start = 0; start < y.length; start += width) {
                    double dot = 0;
                    for (int c = start; c < start + width; c++) {
                        dot += dy.get(c) * y.get(c);
                    }
                    for (int c = start; c < start + width; c++) {
                        dx.add(c, y.get(c) * (dy.get(c) - dot));
                    }
                }
            }
        }, a);
    }

    /** log(softmax(x)) along {@code dim}, computed as x − max − log Σ exp(x − max) so nothing overflows. */
    static Tensor logSoftmax(Tensor a, int dim) {
        int d = Shapes.dim(dim, a.rank());
        if (d != a.rank() - 1) {
            return a.transpose(d, -1).logSoftmax(-1).transpose(d, -1);
        }
        DoubleUnaryOperator exp = Float32Kernels.exp(a.type());
        int width = (int) a.size(-1);
        JavaArray x = a.numbers();
        JavaArray y = JavaArray.zeros(a.type(), x.length);
        for (int start = 0; start < y.length; start += width) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = start; c < start + width; c++) {
                max = x.get(c) > max ? x.get(c) : max;
            }
            double sum = 0;
            for (int c = start; c < start + width; c++) {
                sum += exp.applyAsDouble(x.get(c) - max);
            }
            double logSum = Math.log(sum);
            for (int c = start; c < start + width; c++) {
                y.set(c, x.get(c) - max - logSum);
            }
        }
        return Tensor.result(y, a.shape(), "logSoftmax", node -> {
            // dx = g − softmax(x) ⊙ Σ g
            JavaArray dy = node.gradient().values();
            JavaArray dx = a.gradient().numbers();
            for (int start = 0; start < y.length; start += width) {
                double sum = 0;
                for (int c = start; c < start + width; c++) {
                    sum += dy.get(c);
                }
                for (int c = start; c < start + width; c++) {
                    dx.add(c, dy.get(c) - exp.applyAsDouble(y.get(c)) * sum);
                }
            }
        }, a);
    }

    /**
     * The mean negative log-probability of the right classes: logits of shape (n, classes), one target
     * class index per row. Fused: the forward pass is a stable log-softmax read at the targets, and the
     * whole backward pass is (softmax − one-hot) / n.
     */
    static Tensor crossEntropy(Tensor logits, int[] targets) {
        if (logits.rank() != 2) {
            throw new IllegalArgumentException("crossEntropy expects logits of shape (n, classes), got "
                    + Shapes.str(logits.shape()) + "; flatten first, e.g. logits.view(-1, classes)");
        }
        int n = (int) logits.size(0);
        int classes = (int) logits.size(1);
        if (targets.length != n) {
            throw new IllegalArgumentException("crossEntropy: " + n + " rows of logits but " + targets.length
                    + " targets");
        }
        DoubleUnaryOperator exp = Float32Kernels.exp(logits.type());
        // One pass over the logits; the probabilities are kept for the backward pass.
        JavaArray z = logits.numbers();
        double[] probs = new double[z.length];
        double loss = 0;
        for (int i = 0; i < n; i++) {
            int t = targets[i];
            if (t < 0 || t >= classes) {
                throw new IllegalArgumentException("crossEntropy: target " + t + " at row " + i
                        + " is not a class index in [0, " + classes + ")");
            }
            int row = i * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = z.get(row + c) > max ? z.get(row + c) : max;
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                probs[row + c] = exp.applyAsDouble(z.get(row + c) - max);
                sum += probs[row + c];
            }
            for (int c = 0; c < classes; c++) {
                probs[row + c] /= sum;
            }
            loss -= z.get(row + t) - max - Math.log(sum);
        }
        JavaArray y = JavaArray.zeros(logits.type(), 1);
        y.set(0, loss / n);
        return Tensor.result(y, new long[0], "crossEntropy", node -> {
            double scale = node.gradient().values().get(0) / n;
            JavaArray dz = logits.gradient().numbers();
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < classes; c++) {
                    dz.add(i * classes + c, probs[i * classes + c] * scale);
                }
                dz.add(i * classes + targets[i], -scale);
            }
        }, logits);
    }

    /** Mean squared error against a target of the same shape, spelled with the basic ops. */
    static Tensor mse(Tensor prediction, Tensor target) {
        if (!Arrays.equals(prediction.shape(), target.shape())) {
            throw new IllegalArgumentException("mse: prediction " + Shapes.str(prediction.shape()) + " and target "
                    + Shapes.str(target.shape()) + " differ in shape");
        }
        Tensor diff = prediction.sub(target);
        return diff.mul(diff).mean();
    }

    /**
     * Binary cross-entropy of probabilities p (e.g. a sigmoid's output) against 0/1 targets:
     * −mean(t·log p + (1 − t)·log(1 − p)). Fused, with gradient (p − t) / (p(1 − p)) / n.
     */
    static Tensor binaryCrossEntropy(Tensor p, Tensor target) {
        if (!Arrays.equals(p.shape(), target.shape())) {
            throw new IllegalArgumentException("binaryCrossEntropy: prediction " + Shapes.str(p.shape())
                    + " and target " + Shapes.str(target.shape()) + " differ in shape");
        }
        INDArray t = target.data();
        INDArray x = p.data();
        long n = x.length();
        INDArray perElement = Transforms.log(x, true).muli(t).addi(Transforms.log(x.rsub(1), false).muli(t.rsub(1)));
        INDArray y = Nd4j.scalar(p.type(), -perElement.sumNumber().doubleValue() / n);
        return Tensor.result(y, "binaryCrossEntropy", node -> {
            INDArray local = x.sub(t).divi(x.rsub(1).muli(x)).muli(node.grad().getDouble(0) / n);
            p.gradient().addFresh(local);
        }, p);
    }
}
