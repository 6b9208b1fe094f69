package zerotohero.wavenet;

import java.util.ArrayList;
import java.util.List;
import zerotohero.kit.data.ContextWindows;
import zerotohero.kit.data.Datasets;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.data.Split;
import zerotohero.kit.data.Vocabulary;

/**
 * names.txt as in module 05: shuffled with Python's {@code random.seed(42)}, split 80/10/10, each name
 * cut into (context, next character) pairs with a context of {@code blockSize} characters (kit's
 * {@code ContextWindows}; you wrote that in 05). Given.
 */
public record Data(Vocabulary vocab, ContextWindows train, ContextWindows dev, ContextWindows test) {

    public static Data names(int blockSize) {
        List<String> words = new ArrayList<>(Datasets.standard().lines("names.txt"));
        Vocabulary vocab = Vocabulary.ofWords(words);
        new PythonRandom(42).shuffle(words);
        Split<String> split = Split.at(words, 0.8, 0.9);
        return new Data(vocab, ContextWindows.of(split.train(), vocab, blockSize),
                ContextWindows.of(split.dev(), vocab, blockSize), ContextWindows.of(split.test(), vocab, blockSize));
    }
}
