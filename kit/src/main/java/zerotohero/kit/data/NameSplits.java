package zerotohero.kit.data;

import java.util.ArrayList;
import java.util.List;

/**
 * names.txt the way the makemore lectures split it (you built this in module 05): the names shuffled with
 * Python's {@code random.seed(42)}, split 80/10/10 into training, development and test names, and each
 * name cut into (context, next character) pairs with a context of {@code blockSize} characters.
 *
 * @param vocab the 27 characters: '.' and a to z
 * @param train the pairs of the first 80% of the shuffled names
 * @param dev the pairs of the next 10%
 * @param test the pairs of the last 10%
 */
public record NameSplits(Vocabulary vocab, ContextWindows train, ContextWindows dev, ContextWindows test) {

    /** names.txt from the course's datasets, split as the lectures do, with contexts of {@code blockSize}. */
    public static NameSplits load(int blockSize) {
        return of(Datasets.standard().lines("names.txt"), blockSize);
    }

    /** {@code names} (names.txt's lines) shuffled and split as the lectures do, with contexts of {@code blockSize}. */
    public static NameSplits of(List<String> names, int blockSize) {
        List<String> words = new ArrayList<>(names);
        Vocabulary vocab = Vocabulary.ofWords(words);
        new PythonRandom(42).shuffle(words);
        Split<String> split = Split.at(words, 0.8, 0.9);
        return new NameSplits(vocab, ContextWindows.of(split.train(), vocab, blockSize),
                ContextWindows.of(split.dev(), vocab, blockSize), ContextWindows.of(split.test(), vocab, blockSize));
    }
}
