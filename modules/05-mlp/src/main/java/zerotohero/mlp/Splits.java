package zerotohero.mlp;

import java.util.ArrayList;
import java.util.List;
import zerotohero.kit.Todo;
import zerotohero.kit.data.Datasets;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.data.Split;
import zerotohero.kit.data.Vocabulary;

/**
 * The three datasets of the lesson: train (80% of the names, to fit the parameters), dev (10%, to choose
 * hyperparameters such as the learning rate or the model's size) and test (10%, looked at once, at the
 * very end, to report how well the final model generalises).
 *
 * @param vocab the 27 characters
 * @param train examples of the first 80% of the shuffled names
 * @param dev   examples of the next 10%
 * @param test  examples of the last 10%
 */
public record Splits(Vocabulary vocab, Examples train, Examples dev, Examples test) {

    /** The seed of the lectures' {@code random.seed(42)}. */
    public static final long SEED = 42;

    /**
     * Exercise 05.2: the recipe, exactly: copy the words, shuffle the copy with
     * {@code new PythonRandom(seed).shuffle(...)} (Python's {@code random.seed(seed); random.shuffle(words)}),
     * then cut at {@code n1 = int(0.8 * n)} and {@code n2 = int(0.9 * n)}. The argument is left untouched.
     */
    public static Split<String> shuffleAndSplit(List<String> words, long seed) {
        throw new Todo("05.2");
    }

    /** The examples of each part of a word split, with contexts of {@code blockSize} characters. */
    public static Splits of(Split<String> words, Vocabulary vocab, int blockSize) {
        return new Splits(vocab, Examples.of(words.train(), vocab, blockSize),
                Examples.of(words.dev(), vocab, blockSize), Examples.of(words.test(), vocab, blockSize));
    }

    /** names.txt, shuffled with seed 42 and split 80/10/10, as in the lecture. */
    public static Splits names(int blockSize) {
        List<String> words = Datasets.standard().lines("names.txt");
        return of(shuffleAndSplit(words, SEED), Vocabulary.ofWords(words), blockSize);
    }
}
