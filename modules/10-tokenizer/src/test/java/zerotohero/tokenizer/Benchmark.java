package zerotohero.tokenizer;

import com.knuddels.jtokkit.api.Encoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import zerotohero.kit.run.Lesson;

/**
 * The module's speed benchmark (a program, not a test): training taylorswift.txt to vocab 512 with the
 * simple and the fast trainer (and a check that both learn the same merges), and GPT4Tokenizer's encoding
 * throughput on taylorswift.txt with the simple and the fast encoder against JTokkit, all in one run.
 * Medians of CPU time over repeated runs after a warm-up (wall time is recorded too, and the load average, because
 * the machine may be shared); JTokkit and the fast encoder are timed in turns, so that both meet the same load.
 * Writes modules/10-tokenizer/results/benchmark.json.
 *
 * <pre>
 * ./mvnw -q -B -Psolutions -pl solutions/10-tokenizer -am process-test-classes -Dcoverage.skip=true
 * java -Xmx1500m -cp "solutions/10-tokenizer/target/test-classes:solutions/10-tokenizer/target/classes:$(cat solutions/10-tokenizer/target/test-classpath.txt)" zerotohero.tokenizer.Benchmark 7
 * </pre>
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String text = Fixtures.taylorSwift();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("cpu", cpu());
        results.put("cores", Runtime.getRuntime().availableProcessors());
        results.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        results.put("runs", runs);
        results.put("load_average_before", loadAverage());

        Map<String, Object> training = new LinkedHashMap<>();
        for (String kind : new String[] {"basic", "regex"}) {
            Supplier<Tokenizer> make = () -> kind.equals("basic") ? new BasicTokenizer() : new RegexTokenizer();
            Tokenizer[] last = new Tokenizer[2];
            double simple = median(Math.max(1, runs / 3), () -> {
                last[0] = make.get();
                last[0].train(text, 512, false);
            });
            double simpleWall = lastWall;
            double fast = median(runs * 3, () -> {
                last[1] = make.get().use(Tokenizer.Algorithm.FAST);
                last[1].train(text, 512, false);
            });
            double fastWall = lastWall;
            boolean same = last[0].merges().equals(last[1].merges())
                    && List.copyOf(last[0].merges().keySet()).equals(List.copyOf(last[1].merges().keySet()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("simple_cpu_seconds", round(simple));
            row.put("fast_cpu_seconds", round(fast));
            row.put("simple_wall_seconds", round(simpleWall));
            row.put("fast_wall_seconds", round(fastWall));
            row.put("fast_over_simple", round(simple / fast));
            row.put("identical_merges", same);
            training.put(kind, row);
            System.out.printf(Locale.ROOT, "train %-5s to 512: simple %.3f s, fast %.4f s (%.0f× faster), identical merges: %s%n",
                    kind, simple, fast, simple / fast, same);
        }
        results.put("train_taylorswift_512", training);

        GPT4Tokenizer gpt4 = Fixtures.gpt4();
        Encoding jtokkit = Fixtures.cl100k();
        double megabytes = Utf8.encode(text).length / 1e6;
        int[] reference = jtokkit.encodeOrdinary(text).toArray();
        Map<String, Object> encoding = new LinkedHashMap<>();
        gpt4.use(Tokenizer.Algorithm.FAST);
        boolean fastSame = Arrays.equals(gpt4.encodeOrdinary(text), reference);
        double[][] versus = alternating(runs * 3, () -> jtokkit.encodeOrdinary(text), () -> gpt4.encodeOrdinary(text));
        double jt = versus[0][0];
        double jtWall = versus[0][1];
        double fast = versus[1][0];
        double fastWall = versus[1][1];
        gpt4.use(Tokenizer.Algorithm.SIMPLE);
        boolean simpleSame = Arrays.equals(gpt4.encodeOrdinary(text), reference);
        double simple = median(runs, () -> gpt4.encodeOrdinary(text));
        encoding.put("tokens", reference.length);
        encoding.put("jtokkit_mb_per_s", round(megabytes / jt));
        encoding.put("fast_mb_per_s", round(megabytes / fast));
        encoding.put("simple_mb_per_s", round(megabytes / simple));
        encoding.put("fast_over_jtokkit", round(jt / fast));
        encoding.put("fast_over_jtokkit_wall", round(jtWall / fastWall));
        encoding.put("fast_equals_jtokkit", fastSame);
        encoding.put("simple_equals_jtokkit", simpleSame);
        results.put("gpt4_encode_taylorswift", encoding);
        System.out.printf(Locale.ROOT, "encode taylorswift.txt with cl100k_base: JTokkit %.2f MB/s, fast %.2f MB/s (%.2f× JTokkit), "
                + "simple %.2f MB/s; same ids: fast %s, simple %s%n", megabytes / jt, megabytes / fast, jt / fast,
                megabytes / simple, fastSame, simpleSame);
        results.put("timing", "medians of thread CPU time; *_wall_* are medians of wall time; JTokkit and the fast encoder "
                + "alternate run by run after warming up for a second of CPU time each");
        results.put("load_average_after", loadAverage());
        Lesson.write(Figures.LESSON.dir().resolve("results/benchmark.json"), Lesson.json(results, "") + "\n");
    }

    /**
     * The median time of {@code n} runs in seconds, after two warm-up runs: the CPU time of this thread
     * (what the work costs, even on a machine busy with other programs), and the wall time beside it.
     */
    static double median(int n, Runnable run) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        run.run();
        run.run();
        double[] cpu = new double[n];
        double[] wall = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            long cpuStart = mx.getCurrentThreadCpuTime();
            run.run();
            cpu[i] = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            wall[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        lastWall = wall[n / 2];
        return cpu[n / 2];
    }

    /**
     * The median CPU and wall times, {@code {cpu, wall}} in seconds, of {@code n} runs of {@code a} and of
     * {@code b}, taken in turns (a, b, a, b, ...) so that both meet the same load on a shared machine. Each
     * is first warmed up for at least a second of CPU time, long enough for the JIT compiler to finish
     * with it even when other programs keep the processors busy.
     */
    static double[][] alternating(int n, Runnable a, Runnable b) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Runnable run : new Runnable[] {a, b}) {
            long start = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 5 || mx.getCurrentThreadCpuTime() - start < 1_000_000_000L; i++) {
                run.run();
            }
        }
        double[][][] times = new double[2][2][n];
        Runnable[] runs = {a, b};
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 2; k++) {
                long start = System.nanoTime();
                long cpuStart = mx.getCurrentThreadCpuTime();
                runs[k].run();
                times[k][0][i] = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                times[k][1][i] = (System.nanoTime() - start) / 1e9;
            }
        }
        double[][] medians = new double[2][2];
        for (int k = 0; k < 2; k++) {
            for (int m = 0; m < 2; m++) {
                Arrays.sort(times[k][m]);
                medians[k][m] = times[k][m][n / 2];
            }
        }
        return medians;
    }

    /** The median wall time of the last {@link #median} call. */
    static double lastWall;

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
