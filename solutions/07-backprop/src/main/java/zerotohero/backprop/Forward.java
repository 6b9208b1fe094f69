package zerotohero.backprop;

import zerotohero.kit.Tensor;

/**
 * The forward pass of one batch, broken into every intermediate tensor, in the order the lecture writes
 * it. Each line is one small op whose local derivative you can write down; the backward pass
 * ({@link ManualBackward}) walks the same lines bottom to top.
 *
 * <pre>
 * emb          = C[x]                              (n, block, nEmbd)
 * embcat       = emb viewed as (n, block·nEmbd)
 * hprebn       = embcat @ W1 + b1                  (n, nHidden)
 * bnmeani      = 1/n · Σ_rows hprebn               (1, nHidden)
 * bndiff       = hprebn − bnmeani
 * bndiff2      = bndiff²
 * bnvar        = 1/(n−1) · Σ_rows bndiff2          (1, nHidden)   Bessel's correction
 * bnvarInv     = (bnvar + 1e-5)^−½
 * bnraw        = bndiff · bnvarInv
 * hpreact      = bngain · bnraw + bnbias
 * h            = tanh(hpreact)
 * logits       = h @ W2 + b2                       (n, vocab)
 * logitMaxes   = max over each row of logits       (n, 1)
 * normLogits   = logits − logitMaxes
 * counts       = exp(normLogits)
 * countsSum    = Σ_columns counts                  (n, 1)
 * countsSumInv = countsSum^−1
 * probs        = counts · countsSumInv
 * logprobs     = ln(probs)
 * loss         = −1/n · Σ_i logprobs[i, y_i]
 * </pre>
 *
 * All of it is kit {@link Tensor}s in float64, so autograd can compute every tensor's gradient as well;
 * the tests use that as the answer to check yours against. Your code reads the numbers with
 * {@code .data()}.
 */
public record Forward(Network net, int[][] x, int[] y, Tensor emb, Tensor embcat, Tensor hprebn, Tensor bnmeani,
        Tensor bndiff, Tensor bndiff2, Tensor bnvar, Tensor bnvarInv, Tensor bnraw, Tensor hpreact, Tensor h,
        Tensor logits, Tensor logitMaxes, Tensor normLogits, Tensor counts, Tensor countsSum, Tensor countsSumInv,
        Tensor probs, Tensor logprobs, Tensor loss) {

    /** batch norm's epsilon, PyTorch's default */
    public static final double EPS = 1e-5;

    /** The forward pass of a batch: contexts {@code x} and the characters {@code y} that follow them. */
    public static Forward of(Network net, int[][] x, int[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a batch needs at least 2 examples (batch norm divides by n − 1) and "
                    + "one target per context; got " + x.length + " contexts and " + y.length + " targets");
        }
        Network.Config c = net.config;
        int n = x.length;
        Tensor emb = net.C.rows(net.ids(x)).view(n, c.blockSize(), c.nEmbd());
        Tensor embcat = emb.view(n, (long) c.blockSize() * c.nEmbd());
        // Linear layer 1
        Tensor hprebn = embcat.matmul(net.W1).add(net.b1);
        // Batch norm, one small step at a time
        Tensor bnmeani = hprebn.sum(0, true).mul(1.0 / n);
        Tensor bndiff = hprebn.sub(bnmeani);
        Tensor bndiff2 = bndiff.pow(2);
        Tensor bnvar = bndiff2.sum(0, true).mul(1.0 / (n - 1));
        Tensor bnvarInv = bnvar.add(EPS).pow(-0.5);
        Tensor bnraw = bndiff.mul(bnvarInv);
        Tensor hpreact = net.bngain.mul(bnraw).add(net.bnbias);
        // Non-linearity
        Tensor h = hpreact.tanh();
        // Linear layer 2
        Tensor logits = h.matmul(net.W2).add(net.b2);
        // Cross-entropy, one small step at a time
        Tensor logitMaxes = logits.max(1, true);
        Tensor normLogits = logits.sub(logitMaxes); // subtracting the max keeps exp from overflowing
        Tensor counts = normLogits.exp();
        Tensor countsSum = counts.sum(1, true);
        Tensor countsSumInv = countsSum.pow(-1);
        Tensor probs = counts.mul(countsSumInv);
        Tensor logprobs = probs.log();
        Tensor loss = picked(logprobs, y).mean().neg();
        return new Forward(net, x, y, emb, embcat, hprebn, bnmeani, bndiff, bndiff2, bnvar, bnvarInv, bnraw,
                hpreact, h, logits, logitMaxes, normLogits, counts, countsSum, countsSumInv, probs, logprobs, loss);
    }

    /**
     * {@code logprobs[i, y[i]]} for every row i, as an (n, 1) column: PyTorch's {@code logprobs[range(n), y]}.
     * kit has no such indexing op, so the matrix is viewed as one long column and its rows i·vocab + y[i]
     * are picked (and in the backward pass, scattered back).
     */
    static Tensor picked(Tensor logprobs, int[] y) {
        int n = (int) logprobs.size(0);
        int vocab = (int) logprobs.size(1);
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            if (y[i] < 0 || y[i] >= vocab) {
                throw new IllegalArgumentException("target " + y[i] + " of example " + i + " is not a character id "
                        + "(0 to " + (vocab - 1) + ")");
            }
            at[i] = i * vocab + y[i];
        }
        return logprobs.view((long) n * vocab, 1).rows(at);
    }

    /** The batch size. */
    public int n() {
        return x.length;
    }

    /**
     * The tensor whose gradient a {@link Gradients} field holds: "dlogprobs" → {@link #logprobs}, "dW2" →
     * {@code net.W2}, and so on.
     */
    public Tensor of(String gradient) {
        return switch (gradient) {
            case "dlogprobs" -> logprobs;
            case "dprobs" -> probs;
            case "dcountsSumInv" -> countsSumInv;
            case "dcountsSum" -> countsSum;
            case "dcounts" -> counts;
            case "dnormLogits" -> normLogits;
            case "dlogitMaxes" -> logitMaxes;
            case "dlogits" -> logits;
            case "dh" -> h;
            case "dW2" -> net.W2;
            case "db2" -> net.b2;
            case "dhpreact" -> hpreact;
            case "dbngain" -> net.bngain;
            case "dbnbias" -> net.bnbias;
            case "dbnraw" -> bnraw;
            case "dbnvarInv" -> bnvarInv;
            case "dbnvar" -> bnvar;
            case "dbndiff2" -> bndiff2;
            case "dbndiff" -> bndiff;
            case "dbnmeani" -> bnmeani;
            case "dhprebn" -> hprebn;
            case "dembcat" -> embcat;
            case "dW1" -> net.W1;
            case "db1" -> net.b1;
            case "demb" -> emb;
            case "dC" -> net.C;
            default -> throw new IllegalArgumentException("no gradient called " + gradient + "; the names are "
                    + Gradients.ORDER);
        };
    }
}
