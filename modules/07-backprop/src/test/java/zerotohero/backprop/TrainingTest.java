package zerotohero.backprop;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nd4j.linalg.api.ndarray.INDArray;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Batches;
import zerotohero.kit.data.ContextWindows;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.run.TrainingSettings;

@Exercise("07.4")
@DisplayName("07.4 training with hand-written gradients only")
class TrainingTest {

    /** The training loop's loss through autograd: the same forward pass as Training.Pass, in kit's ops. */
    private static Tensor autogradLoss(Network net, int[][] x, int[] y) {
        Network.Config c = net.config;
        int n = x.length;
        Tensor embcat = net.C.rows(net.ids(x)).view(n, (long) c.blockSize() * c.nEmbd());
        Tensor hprebn = embcat.matmul(net.W1).add(net.b1);
        Tensor bndiff = hprebn.sub(hprebn.mean(0, true));
        Tensor bnvarInv = bndiff.mul(bndiff).sum(0, true).div(n - 1).add(Forward.EPS).pow(-0.5);
        Tensor h = net.bngain.mul(bndiff.mul(bnvarInv)).add(net.bnbias).tanh();
        return h.matmul(net.W2).add(net.b2).crossEntropy(y);
    }

    @Test
    @Timeout(60)
    @DisplayName("for 10 steps, every parameter after each manual update equals the autograd update (≤ 1e-9)")
    void agreesWithAutogradStepByStep() {
        Network manual = Fixtures.network(Fixtures.SEED);
        Network auto = manual.copy();
        PythonRandom random = new PythonRandom(7);
        ContextWindows train = Fixtures.data().train();
        for (int step = 0; step < 10; step++) {
            int[] ix = Batches.indices(train.size(), 32, random);
            int[][] x = Batches.rows(train.contexts(), ix);
            int[] y = Batches.rows(train.targets(), ix);
            double lr = 0.1;
            double lossManual = Training.step(manual, x, y, lr);
            Tensor loss = autogradLoss(auto, x, y);
            auto.zeroGrad();
            loss.backward();
            for (Tensor p : auto.parameters()) {
                p.data().subi(p.grad().mul(lr));
            }
            Expect.close("loss returned by step " + step, lossManual, loss.item(), 1e-9,
                    "step returns the minibatch loss before the update (CrossEntropy.loss of Pass.of(...).logits()).");
            // from the output back to the embeddings, so that the first parameter named is the first one wrong
            for (int k = Network.PARAMETER_NAMES.size() - 1; k >= 0; k--) {
                String name = Network.PARAMETER_NAMES.get(k);
                INDArray want = auto.parameters().get(k).data();
                INDArray got = manual.parameters().get(k).data();
                Expect.equal(name + "'s shape after step " + step, List.of(toBoxed(got.shape())),
                        List.of(toBoxed(want.shape())), "a gradient of the wrong shape broadcast into the parameter: "
                                + "give each gradient exactly its parameter's shape (b1, b2: vectors; bngain, bnbias: "
                                + "(1, nHidden) rows).");
                double diff = want.sub(got).amaxNumber().doubleValue();
                Expect.that(diff <= 1e-9, name + " after step " + step + " differs from the autograd update by " + diff
                        + ". " + (step == 0 ? "Already the first update is wrong: check d" + name + " (its shape, "
                        + "the 1/n of dlogits, the n/(n−1) of batch norm, dC accumulated over repeated characters) "
                        + "and the update p ← p − lr·grad." : "The first steps agreed, so the formula is right but "
                        + "something carries over between steps: is a gradient or the update applied twice?"));
            }
        }
    }

    private static Long[] toBoxed(long[] shape) {
        Long[] boxed = new Long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            boxed[i] = shape[i];
        }
        return boxed;
    }

    @Test
    @Timeout(120)
    @DisplayName("300 steps: the loss falls from about 3.3 to well under 2.8")
    void lossFalls() {
        Network net = Fixtures.network(Fixtures.SEED);
        ContextWindows train = Fixtures.data().train();
        double[] losses = Training.train(net, train, new TrainingSettings(300, 32, 0.1, 0.1, 300),
                new PythonRandom(Fixtures.SEED), null);
        Expect.equal("number of losses", losses.length, 300, "train returns the loss of every step.");
        double first = mean(losses, 0, 20);
        double last = mean(losses, 280, 300);
        Expect.that(first > 3.0, "the first minibatch losses average " + first + ", expected about 3.3 (the lecture's "
                + "initialisation): is the loss recorded before each update?");
        Expect.that(last < 2.8, "after 300 steps at lr 0.1 the minibatch loss should average well under 2.8 (about "
                + "2.5), but the last 20 average " + last + " (the first 20: " + first + "). Is every parameter updated, "
                + "with p ← p − lr·grad (minus, not plus)?");
        int n = 2000;
        ContextWindows sample = new ContextWindows(java.util.Arrays.copyOf(train.contexts(), n),
                java.util.Arrays.copyOf(train.targets(), n));
        double eval = Training.loss(net, sample, Training.calibrate(net, sample));
        Expect.that(eval < 2.8, "evaluated on 2,000 training examples with calibrated batch norm the loss is " + eval
                + "; expected under 2.8.");
    }

    @Test
    @Timeout(60)
    @DisplayName("the learning rate follows the schedule: decayed from decayStep on")
    void learningRateDecay() {
        Network net = Fixtures.network(Fixtures.SEED);
        List<Double> rates = new ArrayList<>();
        List<INDArray> w2 = new ArrayList<>();
        Training.train(net, Fixtures.data().train(), new TrainingSettings(4, 32, 0.1, 0.0, 2),
                new PythonRandom(3), (step, loss, lr) -> {
                    rates.add(lr);
                    w2.add(net.W2.data().dup());
                });
        Expect.equal("learning rates told to the listener", rates, List.of(0.1, 0.1, 0.0, 0.0),
                "use settings.learningRate(step) for each step (steps count from 0), and tell the listener after every "
                        + "update.");
        Expect.that(w2.get(0).sub(w2.get(1)).amaxNumber().doubleValue() > 0,
                "with lr 0.1 the weights must change between steps 0 and 1.");
        Expect.that(w2.get(1).equals(w2.get(3)),
                "with the decayed rate 0 the weights must not change after step 1: is the decayed rate used?");
    }

    @Test
    @Timeout(10)
    @DisplayName("the smallest run (one step of a batch of 2) works, and withSteps decays half-way")
    void smallestSettingsAndHalfWayDecay() {
        ContextWindows train = Fixtures.data().train();
        double[] one = Training.train(Fixtures.network(Fixtures.SEED), train, new TrainingSettings(1, 2, 0.1, 0.1, 1),
                new PythonRandom(5), null);
        Expect.equal("losses of a run of 1 step", one.length, 1,
                "1 step and batches of 2 are allowed (batch norm's n − 1 needs at least 2 rows).");
        List<Double> rates = new ArrayList<>();
        Training.train(Fixtures.network(Fixtures.SEED), train, TrainingSettings.lecture().withSteps(4),
                new PythonRandom(5), (step, loss, lr) -> rates.add(lr));
        Expect.equal("learning rates of the lecture's schedule over 4 steps", rates, List.of(0.1, 0.1, 0.01, 0.01),
                "withSteps(4) keeps the lecture's rates and decays from half-way, step 2.");
    }

    @Test
    @Timeout(10)
    @DisplayName("after training, calibrate and loss use the whole split: the statistics and loss autograd computes")
    void calibratedEvaluation() {
        Network net = Fixtures.network(Fixtures.SEED);
        ContextWindows train = Fixtures.data().train();
        Training.train(net, train, new TrainingSettings(20, 32, 0.1, 0.1, 20), new PythonRandom(11), null);
        int n = 2 * 16_384; // two whole chunks of the evaluation's loops
        int[][] x = java.util.Arrays.copyOf(train.contexts(), n);
        int[] y = java.util.Arrays.copyOf(train.targets(), n);
        Network.Config c = net.config;
        Tensor mean;
        Tensor var;
        double want;
        try (zerotohero.kit.NoGrad scope = zerotohero.kit.NoGrad.enter()) {
            Tensor hprebn = net.C.rows(net.ids(x)).view(n, (long) c.blockSize() * c.nEmbd()).matmul(net.W1).add(net.b1);
            mean = hprebn.mean(0, true);
            Tensor diff = hprebn.sub(mean);
            var = diff.mul(diff).sum(0, true).div(n - 1);
            Tensor h = net.bngain.mul(diff.mul(var.add(Forward.EPS).pow(-0.5))).add(net.bnbias).tanh();
            want = h.matmul(net.W2).add(net.b2).crossEntropy(y).item();
        }

        Training.BatchNormStats stats = Training.calibrate(net, new ContextWindows(x, y));
        Expect.close("largest difference of the calibrated means", stats.mean().sub(mean.data()).amaxNumber().doubleValue(),
                0, 1e-9, "the mean of each hidden pre-activation over all " + n + " examples.");
        Expect.close("largest difference of the calibrated variances", stats.var().sub(var.data()).amaxNumber()
                .doubleValue(), 0, 1e-9, "the unbiased variance (divided by n − 1) over all " + n + " examples.");
        Expect.close("loss with the calibrated statistics", Training.loss(net, new ContextWindows(x, y), stats), want,
                1e-9, "the mean cross-entropy over every example of the split, normalised with its own statistics.");
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return s / (to - from);
    }
}
