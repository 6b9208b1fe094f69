package zerotohero.kit.run;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bytedeco.javacpp.Pointer;

/**
 * Times a module's own training loop: told of every step (from its listener), it starts the clock when
 * the warm-up steps are done (the JIT has compiled the hot code, the allocator has settled) and stops it
 * after the last step, and notes the memory at both points, so that a run that keeps growing shows it:
 * the native memory ND4J's arrays hold (JavaCPP's count, outside the Java heap), the Java heap the JVM
 * has taken from the system, and the process's resident memory (heap, native arrays and the rest).
 * {@link #report} prints one line and writes {@code results/timing/<run>.json}.
 *
 * <pre>{@code
 * StepTimer timer = new StepTimer(500, 2000);
 * Training.train(model, data, settings.withSteps(timer.totalSteps()), random, timer::step);
 * timer.report(LESSON, "timing", Map.of("parameters", model.parameterCount()));
 * }</pre>
 */
public final class StepTimer {

    private final int warmup;
    private final int timed;
    private final Lesson.Progress bar;
    private long start;
    private long end;
    private long residentAfterWarmup = -1;
    private long residentAtEnd = -1;
    private long nativeAfterWarmup;
    private long nativeAtEnd;
    private long heapAfterWarmup;
    private long heapAtEnd;

    /**
     * {@code warmup} untimed steps (at least 1), then {@code timed} timed ones (at least 1), with the
     * progress bar a full run shows (its cost is part of the run's).
     */
    public StepTimer(int warmup, int timed) {
        this(warmup, timed, System.out);
    }

    StepTimer(int warmup, int timed, java.io.PrintStream out) {
        if (warmup < 1 || timed < 1) {
            throw new IllegalArgumentException("need at least 1 warm-up step and 1 timed step, got " + warmup + " and "
                    + timed);
        }
        this.warmup = warmup;
        this.timed = timed;
        this.bar = new Lesson.Progress(warmup + timed, out);
    }

    /** Warm-up and timed steps together: the length of the run to make. */
    public int totalSteps() {
        return warmup + timed;
    }

    /** Tell it that step {@code step} (counting from 0) has just finished, with its loss for the progress bar. */
    public void step(int step, double loss) {
        bar.update(step, loss);
        if (step == warmup - 1) {
            residentAfterWarmup = Lesson.residentBytes();
            nativeAfterWarmup = Pointer.totalBytes();
            heapAfterWarmup = Runtime.getRuntime().totalMemory();
            start = System.nanoTime();
        } else if (step == warmup + timed - 1) {
            end = System.nanoTime();
            residentAtEnd = Lesson.residentBytes();
            nativeAtEnd = Pointer.totalBytes();
            heapAtEnd = Runtime.getRuntime().totalMemory();
        }
    }

    /** Milliseconds per timed step; an error before the last step was told. */
    public double msPerStep() {
        if (end == 0) {
            throw new IllegalStateException("the run has not reached its last step (" + (warmup + timed - 1)
                    + ") yet: was every step passed to step()?");
        }
        return (end - start) / 1e6 / timed;
    }

    /**
     * Prints {@code <module> <run>: X ms per step ...} and writes it, with {@code extra}, the memory and the
     * processor, to {@code results/timing/<run>.json} in the module's folder.
     */
    public Map<String, Object> report(Lesson lesson, String run, Map<String, Object> extra) {
        return report(lesson.module(), lesson.dir(), run, extra);
    }

    Map<String, Object> report(String module, java.nio.file.Path moduleDir, String run, Map<String, Object> extra) {
        double ms = msPerStep();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("module", module);
        r.put("run", run);
        r.putAll(extra);
        r.put("warmupSteps", warmup);
        r.put("timedSteps", timed);
        r.put("msPerStep", Math.round(ms * 1000) / 1000.0);
        r.put("nativeAfterWarmupMB", megabytes(nativeAfterWarmup));
        r.put("nativeAtEndMB", megabytes(nativeAtEnd));
        r.put("heapAfterWarmupMB", megabytes(heapAfterWarmup));
        r.put("heapAtEndMB", megabytes(heapAtEnd));
        r.put("residentAfterWarmupMB", megabytes(residentAfterWarmup));
        r.put("residentAtEndMB", megabytes(residentAtEnd));
        r.put("peakResidentMB", megabytes(Lesson.peakResidentBytes()));
        r.put("cpu", Lesson.cpu());
        System.out.printf(Locale.ROOT, "%s %s: %.3f ms per step over %,d steps after %,d warm-up steps; ND4J's native "
                + "arrays %,d → %,d MB, Java heap %,d → %,d MB, resident memory %,d → %,d MB (after the warm-up → at "
                + "the end), peak %,d MB%n", module, run, ms, timed, warmup, megabytes(nativeAfterWarmup),
                megabytes(nativeAtEnd), megabytes(heapAfterWarmup), megabytes(heapAtEnd),
                megabytes(residentAfterWarmup), megabytes(residentAtEnd), megabytes(Lesson.peakResidentBytes()));
        Lesson.write(moduleDir.resolve("results").resolve("timing").resolve(run + ".json"), Lesson.json(r, "") + "\n");
        return r;
    }

    private static long megabytes(long bytes) {
        return bytes < 0 ? -1 : Math.round(bytes / 1048576.0);
    }
}
