package zerotohero.backprop;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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
        Network net = f.net();
        int n = f.n();
        int[] y = f.y();
        INDArray emb = f.emb().data();
        INDArray embcat = f.embcat().data();
        INDArray hprebn = f.hprebn().data();
        INDArray bndiff = f.bndiff().data();
        INDArray bnvar = f.bnvar().data();
        INDArray bnvarInv = f.bnvarInv().data();
        INDArray bnraw = f.bnraw().data();
        INDArray h = f.h().data();
        INDArray logits = f.logits().data();
        INDArray counts = f.counts().data();
        INDArray countsSum = f.countsSum().data();
        INDArray countsSumInv = f.countsSumInv().data();
        INDArray probs = f.probs().data();

        // loss = −1/n · Σ_i logprobs[i, y_i]: only the picked entries matter, each with weight −1/n.
        g.dlogprobs = Nd4j.zeros(DataType.DOUBLE, probs.shape());
        for (int i = 0; i < n; i++) {
            g.dlogprobs.putScalar(i, y[i], -1.0 / n);
        }
        // logprobs = ln(probs): d ln p / dp = 1/p.
        g.dprobs = probs.rdiv(1.0).muli(g.dlogprobs);
        // probs = counts · countsSumInv, where the (n, 1) column was broadcast over the columns:
        // its gradient sums over them.
        g.dcountsSumInv = counts.mul(g.dprobs).sum(true, 1);
        g.dcounts = g.dprobs.mulColumnVector(countsSumInv);
        // countsSumInv = countsSum^−1: derivative −countsSum^−2.
        g.dcountsSum = countsSum.mul(countsSum).rdivi(-1.0).muli(g.dcountsSumInv);
        // countsSum = Σ_columns counts: a sum in the forward pass is a broadcast in the backward pass.
        // counts was used twice (in probs and in countsSum), so its gradient accumulates.
        g.dcounts.addiColumnVector(g.dcountsSum);
        // counts = exp(normLogits): the derivative of exp is exp, which is counts itself.
        g.dnormLogits = counts.mul(g.dcounts);
        // normLogits = logits − logitMaxes, logitMaxes broadcast over the columns.
        g.dlogits = g.dnormLogits.dup();
        g.dlogitMaxes = g.dnormLogits.sum(true, 1).negi();
        // logitMaxes = max of each row: the gradient goes to the position of the maximum.
        INDArray argmax = logits.argMax(1);
        for (int i = 0; i < n; i++) {
            int j = argmax.getInt(i);
            g.dlogits.putScalar(i, j, g.dlogits.getDouble(i, j) + g.dlogitMaxes.getDouble(i, 0));
        }
        // logits = h @ W2 + b2
        INDArray W2 = net.W2.data();
        g.dh = g.dlogits.mmul(W2.transpose());
        g.dW2 = h.transpose().mmul(g.dlogits);
        g.db2 = g.dlogits.sum(false, 0);
        // h = tanh(hpreact): d tanh / dx = 1 − tanh².
        g.dhpreact = h.mul(h).rsubi(1.0).muli(g.dh);
        // hpreact = bngain · bnraw + bnbias, bngain and bnbias (1, nHidden) broadcast over the rows.
        INDArray bngain = net.bngain.data();
        g.dbngain = bnraw.mul(g.dhpreact).sum(true, 0);
        g.dbnraw = g.dhpreact.mulRowVector(bngain);
        g.dbnbias = g.dhpreact.sum(true, 0);
        // bnraw = bndiff · bnvarInv, bnvarInv (1, nHidden) broadcast over the rows.
        g.dbndiff = g.dbnraw.mulRowVector(bnvarInv);
        g.dbnvarInv = bndiff.mul(g.dbnraw).sum(true, 0);
        // bnvarInv = (bnvar + eps)^−½: derivative −½ (bnvar + eps)^−3/2.
        INDArray plusEps = bnvar.add(Forward.EPS);
        g.dbnvar = bnvarInv.div(plusEps).muli(-0.5).muli(g.dbnvarInv);
        // bnvar = 1/(n−1) · Σ_rows bndiff2: the sum becomes a broadcast over the rows.
        g.dbndiff2 = Nd4j.zeros(DataType.DOUBLE, bndiff.shape()).addiRowVector(g.dbnvar.mul(1.0 / (n - 1)));
        // bndiff2 = bndiff²; bndiff was used twice (bndiff2 and bnraw): accumulate.
        g.dbndiff.addi(bndiff.mul(2.0).muli(g.dbndiff2));
        // bndiff = hprebn − bnmeani, bnmeani broadcast over the rows.
        g.dhprebn = g.dbndiff.dup();
        g.dbnmeani = g.dbndiff.sum(true, 0).negi();
        // bnmeani = 1/n · Σ_rows hprebn; hprebn was used twice: accumulate.
        g.dhprebn.addiRowVector(g.dbnmeani.mul(1.0 / n));
        // hprebn = embcat @ W1 + b1
        INDArray W1 = net.W1.data();
        g.dembcat = g.dhprebn.mmul(W1.transpose());
        g.dW1 = embcat.transpose().mmul(g.dhprebn);
        g.db1 = g.dhprebn.sum(false, 0);
        // embcat = emb viewed as (n, block·nEmbd): the same numbers, so view the gradient back.
        g.demb = g.dembcat.reshape('c', emb.shape());
        // emb = C[x]: each row of C was copied wherever its character occurs; the copies' gradients add up.
        g.dC = scatterAdd(net, f.x(), g.demb);
    }

    /** dC: row x[i][j] of C receives demb[i][j], added up over every place the character occurs. */
    static INDArray scatterAdd(Network net, int[][] x, INDArray demb) {
        int width = net.config.nEmbd();
        double[] d = demb.dup('c').data().asDouble();
        double[] dC = new double[net.config.vocabSize() * width];
        int[] ids = net.ids(x);
        for (int k = 0; k < ids.length; k++) {
            for (int j = 0; j < width; j++) {
                dC[ids[k] * width + j] += d[k * width + j];
            }
        }
        return Nd4j.createFromArray(dC).reshape(net.config.vocabSize(), width);
    }
}
