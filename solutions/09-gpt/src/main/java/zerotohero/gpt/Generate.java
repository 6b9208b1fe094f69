package zerotohero.gpt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Samples text from a saved checkpoint: train once, sample many times. Arguments, all optional, in order:
 * the checkpoint (default {@code results/baby-gpt.safetensors} of this module), how many characters (500),
 * the temperature (1.0), top-k (0: no cut), the seed (1337) and a prompt (a newline).
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : Train.LESSON.dir().resolve("results/baby-gpt.safetensors");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no checkpoint at " + file + ": train one with `Train baby-gpt`, or pass its path");
        }
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
}
