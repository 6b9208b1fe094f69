package zerotohero.gpt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import zerotohero.kit.NativeSettings;
import zerotohero.kit.NoGrad;

/**
 * Samples text from a saved checkpoint: train once, sample many times. Arguments, all optional, in order:
 * the checkpoint (default {@code results/baby-gpt.safetensors} of this module), how many characters (500),
 * the temperature (1.0), top-k (0: no cut), the seed (1337) and a prompt (a newline).
 *
 * <p>{@code Generate --logits out.json [checkpoint] [text]} instead writes the model's logits for a line of
 * text as {@code {"ids": [...], "logits": [[...], ...]}}, the file {@code python/load_in_pytorch.py} compares
 * with the lecture's PyTorch model loaded from the same checkpoint.
 */
public final class Generate {

    private Generate() {
    }

    /** The line whose logits {@code --logits} writes unless another is given. */
    static final String LINE = "First Citizen:\nBefore we proceed any further, hear me speak.";

    public static void main(String[] args) {
        NativeSettings.apply(); // kit's threads and memory settings, before the first tensor
        if (args.length > 0 && args[0].equals("--logits")) {
            if (args.length < 2) {
                throw new IllegalArgumentException("--logits needs the JSON file to write, e.g. --logits java-logits.json");
            }
            writeLogits(Path.of(args[1]), checkpoint(args.length > 2 ? args[2] : null), args.length > 3 ? args[3] : LINE);
            return;
        }
        Path file = checkpoint(args.length > 0 ? args[0] : null);
        int tokens = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        double temperature = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
        int topK = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1337;
        String prompt = args.length > 5 ? args[5] : "\n";
        Checkpoint.Loaded loaded = Checkpoint.load(file);
        Data vocab = Data.vocabularyOnly(loaded.chars());
        int[] out = Sampler.generate(loaded.model(), vocab.encode(prompt), tokens, temperature, topK, new Random(seed));
        System.out.println(vocab.decode(out));
    }

    private static Path checkpoint(String given) {
        Path file = given != null ? Path.of(given) : Train.LESSON.dir().resolve("results/baby-gpt.safetensors");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no checkpoint at " + file + ": train one with `Train baby-gpt`, or pass its path");
        }
        return file;
    }

    /** The logits of every position of {@code text} (cropped to the model's context), as JSON. */
    static void writeLogits(Path out, Path file, String text) {
        Checkpoint.Loaded loaded = Checkpoint.load(file);
        int[] ids = Data.vocabularyOnly(loaded.chars()).encode(text);
        ids = Arrays.copyOfRange(ids, 0, Math.min(ids.length, loaded.model().blockSize()));
        loaded.model().eval();
        double[] logits;
        try (NoGrad scope = NoGrad.enter()) {
            logits = loaded.model().forward(LanguageModel.ids(new int[][] {ids})).data().ravel().toDoubleVector();
        }
        int vocab = logits.length / ids.length;
        StringBuilder json = new StringBuilder("{\"ids\": ").append(Arrays.toString(ids)).append(", \"logits\": [");
        for (int t = 0; t < ids.length; t++) {
            json.append(t == 0 ? "[" : ", [").append(Arrays.stream(logits, t * vocab, (t + 1) * vocab)
                    .mapToObj(Double::toString).collect(Collectors.joining(", "))).append(']');
        }
        try {
            Files.writeString(out, json.append("]}\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + out, e);
        }
        System.out.println("wrote the logits of " + ids.length + " tokens to " + out);
    }
}
