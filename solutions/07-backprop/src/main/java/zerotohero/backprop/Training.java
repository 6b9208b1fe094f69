package zerotohero.backprop;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import zerotohero.kit.InPlace;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Batches;
import zerotohero.kit.data.ContextWindows;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.run.TrainingSettings;

/**
 * Training with no autograd at all: a compact forward pass ({@link Pass}), the gradients by hand (the
 * fused cross-entropy and batch-norm backward of 07.2 and 07.3, and the chain rule for the rest), and the
 * SGD update. After training, batch norm's statistics are calibrated over the whole training set, as the
 * lecture does, and the splits are evaluated with them.
 */
public final class Training {

    private Training() {
    }

    /** Told after every update: the step, its minibatch loss and its learning rate. */
    @FunctionalInterface
    public interface Listener {
        void onStep(int step, double loss, double lr);
    }

    /**
     * The training loop's forward pass, written compactly, keeping what the backward pass needs: the
     * lecture's second version of the same network. The variance is the batch's unbiased one (divided by
     * n − 1), as in {@link Forward}. It runs kit's tensor arithmetic inside a {@link NoGrad} scope: the
     * numbers only, no graph (kit's ops are plain Java loops, several times faster than one ND4J call each
     * on arrays this small). The tensors stay kit's: none becomes an ND4J array, which would cost more than
     * the arithmetic that made it.
     *
     * @param embcat the embeddings side by side, (n, block·nEmbd)
     * @param bnraw the normalised pre-activations, (n, nHidden)
     * @param bnvarInv 1/√(var + eps) of each feature, (1, nHidden)
     * @param h the hidden layer's output, (n, nHidden)
     * @param logits (n, vocab)
     */
    public record Pass(Tensor embcat, Tensor bnraw, Tensor bnvarInv, Tensor h, Tensor logits) {

        public static Pass of(Network net, int[][] x) {
            int n = x.length;
            Network.Config c = net.config;
            try (NoGrad scope = NoGrad.enter()) {
                Tensor embcat = net.C.rows(net.ids(x)).view(n, (long) c.blockSize() * c.nEmbd());
                Tensor hprebn = embcat.matmul(net.W1).add(net.b1);
                Tensor bndiff = hprebn.sub(hprebn.mean(0, true));
                Tensor bnvarInv = bndiff.mul(bndiff).sum(0, true).div(n - 1).add(Forward.EPS).pow(-0.5);
                Tensor bnraw = bndiff.mul(bnvarInv);
                Tensor h = net.bngain.mul(bnraw).add(net.bnbias).tanh();
                Tensor logits = h.matmul(net.W2).add(net.b2);
                return new Pass(embcat, bnraw, bnvarInv, h, logits);
            }
        }
    }

    /**
     * Exercise 07.4: one step of SGD with hand-written gradients. Run {@link Pass#of}; the loss is
     * {@link CrossEntropy#loss}; then dlogits ({@link CrossEntropy#backward}), back through the output layer
     * and tanh to dhpreact, dbngain and dbnbias, dhprebn ({@link BatchNormBackward#backward}), back through
     * the hidden layer, and dC by scatter-add. Update every parameter in place, {@code p ← p − lr·grad},
     * each gradient the shape of its parameter. Returns the loss (before the update). Use kit's
     * {@code Tensor} arithmetic inside a {@code NoGrad} scope (numbers, no graph), and {@code InPlace} to read
     * numbers and to update; turning a tensor into an ND4J array ({@code data()}) costs more than a small
     * op.
     */
    public static double step(Network net, int[][] x, int[] y, double lr) {
        Pass p = Pass.of(net, x);
        double loss = CrossEntropy.loss(p.logits(), y);
        List<Tensor> grads;
        try (NoGrad scope = NoGrad.enter()) {
            Tensor dlogits = CrossEntropy.backward(p.logits(), y);
            Tensor h = p.h();
            Tensor dh = dlogits.matmul(net.W2.transpose(0, 1));
            Tensor dW2 = h.transpose(0, 1).matmul(dlogits);
            Tensor db2 = dlogits.sum(0, false);
            Tensor dhpreact = h.mul(h).neg().add(1.0).mul(dh);
            Tensor dbngain = p.bnraw().mul(dhpreact).sum(0, true);
            Tensor dbnbias = dhpreact.sum(0, true);
            Tensor dhprebn = BatchNormBackward.backward(dhpreact, p.bnraw(), p.bnvarInv(), net.bngain);
            Tensor dembcat = dhprebn.matmul(net.W1.transpose(0, 1));
            Tensor dW1 = p.embcat().transpose(0, 1).matmul(dhprebn);
            Tensor db1 = dhprebn.sum(0, false);
            Tensor dC = scatterAdd(net, x, dembcat);
            grads = List.of(dC, dW1, db1, dW2, db2, dbngain, dbnbias);
        }
        List<Tensor> params = net.parameters();
        for (int i = 0; i < params.size(); i++) {
            update(params.get(i), grads.get(i), lr);
        }
        return loss;
    }

    /** p ← p − lr·grad, in place, in one pass over the numbers. */
    private static void update(Tensor p, Tensor grad, double lr) {
        if (!Arrays.equals(p.shape(), grad.shape())) {
            throw new IllegalStateException("a gradient of shape " + Arrays.toString(grad.shape()) + " for a parameter "
                    + "of shape " + Arrays.toString(p.shape()));
        }
        double[] g = InPlace.read(grad);
        InPlace.assign(p, (j, value) -> value - lr * g[j]);
    }

    /** Row id of dC receives the gradient of every place character id occurs in the batch (they add up). */
    private static Tensor scatterAdd(Network net, int[][] x, Tensor dembcat) {
        int width = net.config.nEmbd();
        double[] d = InPlace.read(dembcat);
        double[] dC = new double[net.config.vocabSize() * width];
        int[] ids = net.ids(x);
        for (int k = 0; k < ids.length; k++) {
            for (int j = 0; j < width; j++) {
                dC[ids[k] * width + j] += d[k * width + j];
            }
        }
        return Tensor.of(DataType.DOUBLE, dC, net.config.vocabSize(), width);
    }

    /**
     * Exercise 07.4: minibatch SGD with {@link #step}: for each step draw {@code batchSize} example numbers
     * with {@code Batches.indices(data.size(), batchSize, random)}, take those rows of the contexts
     * and targets, step with {@code settings.learningRate(step)}, and tell the listener (if any). Returns the
     * loss of every step.
     */
    public static double[] train(Network net, ContextWindows data, TrainingSettings settings, PythonRandom random,
            Listener listener) {
        double[] losses = new double[settings.steps()];
        for (int step = 0; step < settings.steps(); step++) {
            int[] ix = Batches.indices(data.size(), settings.batchSize(), random);
            double lr = settings.learningRate(step);
            losses[step] = step(net, Batches.rows(data.contexts(), ix), Batches.rows(data.targets(), ix), lr);
            if (listener != null) {
                listener.onStep(step, losses[step], lr);
            }
        }
        return losses;
    }

    /** Batch norm's mean and unbiased variance of each hidden unit, (1, nHidden) each, for evaluation. */
    public record BatchNormStats(INDArray mean, INDArray var) {
    }

    private static final int CHUNK = 16_384;

    /**
     * The lecture's calibration: after training, pass the whole split through the hidden layer and measure
     * the mean and (unbiased) variance of its pre-activations, to normalise with at evaluation. (Module 06
     * kept running averages during training instead.)
     */
    public static BatchNormStats calibrate(Network net, ContextWindows data) {
        int size = data.size();
        INDArray sum = Nd4j.zeros(DataType.DOUBLE, 1, net.config.nHidden());
        for (int from = 0; from < size; from += CHUNK) {
            sum.addi(hprebn(net, data, from, Math.min(size, from + CHUNK)).sum(true, 0));
        }
        INDArray mean = sum.divi(size);
        INDArray squares = Nd4j.zeros(DataType.DOUBLE, 1, net.config.nHidden());
        for (int from = 0; from < size; from += CHUNK) {
            INDArray d = hprebn(net, data, from, Math.min(size, from + CHUNK)).subiRowVector(mean);
            squares.addi(d.muli(d).sum(true, 0));
        }
        return new BatchNormStats(mean, squares.divi(size - 1));
    }

    private static INDArray hprebn(Network net, ContextWindows data, int from, int to) {
        int[][] x = Arrays.copyOfRange(data.contexts(), from, to);
        Network.Config c = net.config;
        try (NoGrad scope = NoGrad.enter()) {
            return net.C.rows(net.ids(x)).view(x.length, (long) c.blockSize() * c.nEmbd()).matmul(net.W1).add(net.b1)
                    .data();
        }
    }

    /** The mean loss over a whole split, batch norm normalising with the calibrated statistics. */
    public static double loss(Network net, ContextWindows data, BatchNormStats stats) {
        int size = data.size();
        INDArray inv = Transforms.pow(stats.var().add(Forward.EPS), -0.5, false);
        double total = 0;
        for (int from = 0; from < size; from += CHUNK) {
            int to = Math.min(size, from + CHUNK);
            INDArray raw = hprebn(net, data, from, to).subiRowVector(stats.mean()).muliRowVector(inv);
            INDArray h = Transforms.tanh(raw.muliRowVector(net.bngain.data()).addiRowVector(net.bnbias.data()), false);
            INDArray logits = h.mmul(net.W2.data()).addiRowVector(net.b2.data());
            total += Tensor.of(logits).crossEntropy(Arrays.copyOfRange(data.targets(), from, to)).item() * (to - from);
        }
        return total / size;
    }
}
