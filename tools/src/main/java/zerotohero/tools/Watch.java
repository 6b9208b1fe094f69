package zerotohero.tools;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import zerotohero.tools.check.ModuleLayout;
import zerotohero.tools.grade.Grade;

/**
 * {@code ./course watch}: re-runs the current exercise's tests whenever a source file of its module is
 * saved, until the learner quits. Files are watched with the JDK's {@link WatchService}; where that is
 * slow to notice (it polls on some systems), Enter re-runs by hand. Keys: Enter re-runs, h shows the
 * hints, q quits.
 */
final class Watch {

    /** Saves come in bursts (an editor writes, renames, touches): wait this long for the burst to end. */
    private static final long SETTLE_MILLIS = 200;

    private enum Signal { CHANGED, RERUN, HINT, QUIT }

    private Watch() {
    }

    static int command(Workspace w, List<String> args) {
        if (args.size() > 1) {
            throw new IllegalArgumentException("watch takes at most one module, e.g. ./course watch 03");
        }
        ModuleLayout m = args.isEmpty() ? w.currentModule() : w.module(args.get(0));
        Terminal t = w.term;
        BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
        Path sources = m.lesson().resolve("src/main");
        try (WatchService watcher = sources.getFileSystem().newWatchService()) {
            register(watcher, sources);
            daemon("course-watch-files", () -> watchFiles(watcher, signals));
            daemon("course-watch-keys", () -> readKeys(t, signals));
            String current = runOnce(w, m);
            while (true) {
                t.out.println(t.dim("watching " + w.relative(sources) + ": save to re-run; Enter re-runs, h hint, q quits"));
                Signal s = signals.take();
                if (s == Signal.CHANGED) {
                    Thread.sleep(SETTLE_MILLIS);
                    signals.removeIf(x -> x == Signal.CHANGED);
                }
                switch (s) {
                    case QUIT -> {
                        return 0;
                    }
                    case HINT -> Syllabus.hint(w, List.of(current));
                    default -> {
                        if (t.color) {
                            t.out.print("\u001b[H\u001b[2J");
                        }
                        current = runOnce(w, m);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Runs the module and shows the first exercise that does not pass; returns its id (or the last one). */
    private static String runOnce(Workspace w, ModuleLayout m) {
        Terminal t = w.term;
        Verify.Run run = Verify.run(w, m);
        if (!run.built()) {
            return m.catalog().exercises().get(0).id();
        }
        t.out.println(t.bold(m.name()) + "  " + Verify.summary(t, run));
        Grade.Exercise next = run.exercises().stream().filter(e -> !e.status().equals("passed")).findFirst().orElse(null);
        if (next == null) {
            t.out.println(t.green("Every exercise of " + m.name() + " passes!"));
            return run.exercises().get(run.exercises().size() - 1).id();
        }
        run.exercises().stream().filter(e -> e.status().equals("passed")).forEach(e -> Verify.printExercise(t, e));
        Verify.printExercise(t, next);
        Verify.printProblems(t, run.tests().get(next.id()), 2);
        return next.id();
    }

    private static void watchFiles(WatchService watcher, BlockingQueue<Signal> signals) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                for (var event : key.pollEvents()) {
                    if (event.kind() == ENTRY_CREATE && event.context() instanceof Path p
                            && key.watchable() instanceof Path dir && Files.isDirectory(dir.resolve(p))) {
                        register(watcher, dir.resolve(p));
                    }
                }
                key.reset();
                signals.add(Signal.CHANGED);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // The watch is over.
        }
    }

    private static void readKeys(Terminal t, BlockingQueue<Signal> signals) {
        String line;
        while ((line = t.readLine()) != null) {
            switch (line.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "q", "quit", "exit" -> {
                    signals.add(Signal.QUIT);
                    return;
                }
                case "h", "hint" -> signals.add(Signal.HINT);
                default -> signals.add(Signal.RERUN);
            }
        }
        // End of input (no keyboard): keep watching the files; Ctrl-C ends the watch.
    }

    private static void register(WatchService watcher, Path dir) {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

}
