package zerotohero.wavenet;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import zerotohero.kit.InPlace;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Batches;
import zerotohero.kit.data.ContextWindows;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.nn.Checkpoint;
import zerotohero.kit.nn.Module;

/**
 * The training loop of modules 05 and 06 for any model from ids to logits, made resumable. Given.
 *
 * <p>A long run saves a checkpoint every so many steps: the model's parameters and buffers (kit's
 * {@link Checkpoint}), and beside them the step reached, the seconds spent so far and every minibatch loss.
 * Started again with the same settings, the run loads the latest checkpoint, replays the minibatch
 * generator up to that step (so it draws the very batches the uninterrupted run would have drawn) and
 * carries on. Plain SGD keeps no state of its own, so the resumed run ends with the same numbers as an
 * uninterrupted one.
 */
public final class Training {

    private Training() {
    }

    /** Steps, batch size, and the learning rate before and from the decay step. */
    public record Schedule(int steps, int batchSize, double lr, double decayedLr, int decayStep) {

        public Schedule {
            if (steps < 1 || batchSize < 1 || decayStep < 0) {
                throw new IllegalArgumentException("steps and batch size must be positive and the decay step "
                        + "not negative: " + this);
            }
        }

        /** The lecture's: 200,000 steps of 32, learning rate 0.1, then 0.01 from step 150,000. */
        public static Schedule lecture() {
            return new Schedule(200_000, 32, 0.1, 0.01, 150_000);
        }

        /** The same schedule squeezed into {@code steps}: the decay comes after the same fraction (3/4). */
        public Schedule withSteps(int steps) {
            return new Schedule(steps, batchSize, lr, decayedLr, (int) ((long) decayStep * steps / this.steps));
        }

        public double learningRate(int step) {
            return step < decayStep ? lr : decayedLr;
        }
    }

    /** Told after every update: the step (from 0), its minibatch loss. */
    @FunctionalInterface
    public interface Listener {
        void onStep(int step, double loss);
    }

    /** Where and how often a run saves itself; {@code name} identifies the run's files in {@code dir}. */
    public record Checkpoints(Path dir, String name, int every) {

        public Checkpoints {
            if (every < 1) {
                throw new IllegalArgumentException("checkpoint interval must be at least one step, got " + every);
            }
        }

        Path state() {
            return dir.resolve(name + ".state");
        }

        Path model(int step) {
            return dir.resolve(name + "-" + step + ".ckpt");
        }
    }

    /** What a run gives back: every step's loss, the seconds spent training, and the step it resumed from. */
    public record Outcome(float[] losses, double wallSeconds, int resumedFrom) {
    }

    /** The logits of a batch of contexts: the model applied to their ids. */
    public static Tensor logits(Module model, int[][] contexts) {
        return model.forward(Embedding.ids(contexts));
    }

    /** Minibatch SGD without checkpoints. */
    public static Outcome train(Module model, ContextWindows data, Schedule schedule, long seed, Listener listener) {
        return train(model, data, schedule, seed, null, schedule.steps(), listener);
    }

    /**
     * Minibatch SGD in training mode, batches drawn by Python's generator seeded with {@code seed}. With
     * {@code checkpoints}, resumes from the latest one if there is one and saves one every
     * {@code checkpoints.every()} steps and at the end. {@code stopAfter} stops the run early at that step,
     * as an interruption would (the checkpoint then lets a later call finish it).
     */
    public static Outcome train(Module model, ContextWindows data, Schedule schedule, long seed,
            Checkpoints checkpoints, int stopAfter, Listener listener) {
        PythonRandom random = new PythonRandom(seed);
        float[] losses = new float[schedule.steps()];
        int start = 0;
        double before = 0;
        String fingerprint = schedule + " seed=" + seed + " parameters=" + model.parameterCount();
        if (checkpoints != null && Files.exists(checkpoints.state())) {
            Saved saved = Saved.read(checkpoints.state());
            if (!saved.fingerprint.equals(fingerprint)) {
                throw new IllegalStateException("checkpoint " + checkpoints.state() + " belongs to another run ("
                        + saved.fingerprint + "), not to this one (" + fingerprint + "): delete it or start fresh");
            }
            prime(model, data);
            try {
                Checkpoint.load(model, checkpoints.model(saved.step));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            start = saved.step;
            before = saved.seconds;
            System.arraycopy(saved.losses, 0, losses, 0, start);
            for (int step = 0; step < start; step++) {
                Batches.indices(data.size(), schedule.batchSize(), random); // the batches already trained on
            }
        }
        model.train();
        long began = System.nanoTime();
        int end = Math.min(schedule.steps(), stopAfter);
        for (int step = start; step < end; step++) {
            int[] ix = Batches.indices(data.size(), schedule.batchSize(), random);
            Tensor loss = logits(model, Batches.rows(data.contexts(), ix)).crossEntropy(Batches.rows(data.targets(), ix));
            model.zeroGrad();
            loss.backward();
            double lr = schedule.learningRate(step);
            for (Tensor p : model.parameters()) {
                InPlace.step(p, (j, value, grad) -> value - lr * grad); // p.data += -lr * p.grad
            }
            losses[step] = (float) loss.item();
            if (listener != null) {
                listener.onStep(step, losses[step]);
            }
            boolean last = step + 1 == end;
            if (checkpoints != null && ((step + 1) % checkpoints.every() == 0 || last)) {
                save(model, checkpoints, fingerprint, step + 1, before + (System.nanoTime() - began) / 1e9, losses);
            }
        }
        double seconds = before + (System.nanoTime() - began) / 1e9;
        return new Outcome(Arrays.copyOf(losses, end), seconds, start);
    }

    /**
     * Batch norm's running statistics take their shape from the first batch (see {@link BatchNorm1d}), so a
     * fresh model sees one small batch before a checkpoint, made after many, can be loaded into it.
     */
    static void prime(Module model, ContextWindows data) {
        try (NoGrad scope = NoGrad.enter()) {
            model.train();
            logits(model, Arrays.copyOf(data.contexts(), Math.min(4, data.size())));
        }
    }

    private static void save(Module model, Checkpoints c, String fingerprint, int step, double seconds,
            float[] losses) {
        try {
            Files.createDirectories(c.dir());
            Saved previous = Files.exists(c.state()) ? Saved.read(c.state()) : null;
            Checkpoint.save(model, c.model(step));
            new Saved(fingerprint, step, seconds, Arrays.copyOf(losses, step)).write(c.state());
            if (previous != null && previous.step != step) {
                Files.deleteIfExists(c.model(previous.step));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not save checkpoint in " + c.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a run's checkpoint files, so it starts from step 0. */
    public static void forget(Checkpoints c) {
        try {
            if (Files.exists(c.state())) {
                Files.deleteIfExists(c.model(Saved.read(c.state()).step));
            }
            Files.deleteIfExists(c.state());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The step, seconds and losses beside a checkpoint; written to a temporary file, then renamed. */
    private record Saved(String fingerprint, int step, double seconds, float[] losses) {

        static Saved read(Path file) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                String fingerprint = in.readUTF();
                int step = in.readInt();
                double seconds = in.readDouble();
                float[] losses = new float[in.readInt()];
                for (int i = 0; i < losses.length; i++) {
                    losses[i] = in.readFloat();
                }
                return new Saved(fingerprint, step, seconds, losses);
            } catch (IOException e) {
                throw new UncheckedIOException("checkpoint state " + file + " is unreadable (" + e.getMessage()
                        + "): delete it to start the run afresh", e);
            }
        }

        void write(Path file) throws IOException {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeUTF(fingerprint);
                out.writeInt(step);
                out.writeDouble(seconds);
                out.writeInt(losses.length);
                for (float l : losses) {
                    out.writeFloat(l);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The mean loss over a whole split, in evaluation mode (running statistics), then back to training mode. */
    public static double loss(Module model, ContextWindows data) {
        model.eval();
        try (NoGrad scope = NoGrad.enter()) {
            double total = 0;
            int chunk = 8_192;
            for (int from = 0; from < data.size(); from += chunk) {
                int to = Math.min(data.size(), from + chunk);
                total += logits(model, Arrays.copyOfRange(data.contexts(), from, to))
                        .crossEntropy(Arrays.copyOfRange(data.targets(), from, to)).item() * (to - from);
            }
            return total / data.size();
        } finally {
            model.train();
        }
    }
}
