package zerotohero.kit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.Tensor;
import zerotohero.kit.nn.BatchNorm1d;
import zerotohero.kit.nn.Linear;
import zerotohero.kit.nn.Sequential;
import zerotohero.kit.nn.Tanh;
import zerotohero.kit.optim.AdamW;
import zerotohero.kit.optim.Optimizer;
import zerotohero.kit.optim.SGD;

/**
 * Times training steps (forward, backward, optimiser step) of two workloads and prints the median
 * milliseconds per step over several timed runs, after a warm-up, and the loss of the last step:
 * <ul>
 *   <li>{@code mlp}: makemore part 3's network — 27×10 embedding, context 3, Linear 30→200 without bias,
 *       BatchNorm1d(200), tanh, Linear 200→27; batch 32; SGD.</li>
 *   <li>{@code gpt}: nanoGPT's CPU "baby GPT" — 4 layers, 4 heads, embedding 128, context 64, batch 12,
 *       dropout 0, vocabulary 65; AdamW.</li>
 * </ul>
 * Inputs are random tokens: speed does not depend on the text. Usage: {@code Bench mlp|gpt [threads]
 * [runs]}; threads (default 1) is OpenBLAS's thread count for matrix products; everything else runs on
 * the main thread.
 */
public final class Bench {

    /** One training step of a workload; returns the step's loss (before its update). */
    interface Workload {
        double step();
    }

    /**
     * What a timing measured: wall-clock and main-thread CPU milliseconds per step of each timed run, and
     * the loss of the last step taken (the training itself is the same as without the timing).
     */
    record Timing(double[] wallMs, double[] cpuMs, double lastLoss) {}

    /**
     * The shortest warm-up: long enough for the JIT compiler to finish with the hot loops and for the heap to
     * reach the size it keeps (measured: after 5 s, the {@code gpt} step was still 8–12% slower than after 20).
     */
    static final long WARMUP_NANOS = 15_000_000_000L;

    private Bench() {}

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "mlp";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        NativeSettings.apply();
        NativeSettings.setBlasThreads(threads);
        Workload w = workload(which, new Random(1337));
        int steps = which.equals("mlp") ? 1000 : 10;
        if (runs == 1) {
            steps = 1; // a smoke run
        }
        Timing timing = time(w, steps, runs == 1 ? 0 : WARMUP_NANOS, steps, runs);
        double[] wall = timing.wallMs().clone();
        double[] cpu = timing.cpuMs().clone();
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%s: median %.3f ms/step wall, %.3f ms/step CPU of the main thread,"
                + " over %d runs of %d steps (wall: %s), %d BLAS thread(s); last loss %.4f%n", which, wall[runs / 2],
                cpu[runs / 2], runs, steps, Arrays.toString(round(wall)), threads, timing.lastLoss());
    }

    static Workload workload(String name, Random random) {
        return switch (name) {
            case "mlp" -> mlp(random);
            case "gpt" -> gpt(random);
            default -> throw new IllegalArgumentException("unknown workload " + name + " (mlp or gpt)");
        };
    }

    /**
     * Runs warm-up steps (at least {@code warmup} of them, for at least {@code warmupNanos}), then
     * {@code runs} timed runs of {@code steps} steps; returns the wall-clock and the main thread's CPU
     * milliseconds per step of each run, and the last step's loss. On a busy machine the CPU time shows what
     * the wall clock would on an idle one (with one thread, the work happens on the main thread).
     */
    static Timing time(Workload w, int warmup, long warmupNanos, int steps, int runs) {
        ThreadMXBean threadClock = ManagementFactory.getThreadMXBean();
        double loss = Double.NaN;
        long warmupEnd = System.nanoTime() + warmupNanos;
        for (int i = 0; i < warmup || System.nanoTime() < warmupEnd; i++) {
            loss = w.step(); // until the JIT compiler has settled
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            long cpuStart = threadClock.getCurrentThreadCpuTime();
            for (int i = 0; i < steps; i++) {
                loss = w.step();
            }
            wall[r] = (System.nanoTime() - start) / 1e6 / steps;
            cpu[r] = (threadClock.getCurrentThreadCpuTime() - cpuStart) / 1e6 / steps;
        }
        return new Timing(wall, cpu, loss);
    }

    static Workload mlp(Random random) {
        Tensor.manualSeed(42);
        int n = 10_000;
        int block = 3;
        int[][] xs = new int[n][block];
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < block; j++) {
                xs[i][j] = random.nextInt(27);
            }
            ys[i] = random.nextInt(27);
        }
        Tensor table = Tensor.randn(27, 10).requireGrad();
        Sequential net = new Sequential(new Linear(30, 200, false), new BatchNorm1d(200), new Tanh(),
                new Linear(200, 27));
        List<Tensor> params = new java.util.ArrayList<>(net.parameters());
        params.add(table);
        Optimizer sgd = new SGD(params, 0.1);
        int batch = 32;
        return () -> {
            int[] ids = new int[batch * block];
            int[] targets = new int[batch];
            for (int b = 0; b < batch; b++) {
                int row = random.nextInt(n);
                System.arraycopy(xs[row], 0, ids, b * block, block);
                targets[b] = ys[row];
            }
            Tensor emb = table.rows(ids).view(batch, block * 10);
            Tensor loss = net.forward(emb).crossEntropy(targets);
            sgd.zeroGrad();
            loss.backward();
            sgd.step();
            return loss.item();
        };
    }

    static Workload gpt(Random random) {
        Tensor.manualSeed(42);
        BabyGpt.Config config = new BabyGpt.Config(65, 64, 4, 4, 128, 0.0);
        BabyGpt model = new BabyGpt(config);
        Optimizer adamw = new AdamW(model.parameters(), 1e-3, 0.9, 0.99, 1e-8, 0.1);
        int batch = 12;
        int t = config.blockSize();
        int[] text = new int[100_000];
        for (int i = 0; i < text.length; i++) {
            text[i] = random.nextInt(config.vocab());
        }
        return () -> {
            int[][] x = new int[batch][t];
            int[] y = new int[batch * t];
            for (int b = 0; b < batch; b++) {
                int start = random.nextInt(text.length - t - 1);
                System.arraycopy(text, start, x[b], 0, t);
                System.arraycopy(text, start + 1, y, b * t, t);
            }
            Tensor ids = Tensor.of(Nd4j.createFromArray(x).castTo(DataType.INT32));
            Tensor loss = model.forward(ids).view(-1, config.vocab()).crossEntropy(y);
            adamw.zeroGrad();
            loss.backward();
            adamw.step();
            return loss.item();
        };
    }

    private static double[] round(double[] ms) {
        double[] out = new double[ms.length];
        for (int i = 0; i < ms.length; i++) {
            out[i] = Math.round(ms[i] * 1000) / 1000.0;
        }
        return out;
    }
}
