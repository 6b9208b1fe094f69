package zerotohero.backprop;

import java.util.ArrayList;
import java.util.List;
import zerotohero.kit.data.ContextWindows;
import zerotohero.kit.data.Datasets;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.data.Split;
import zerotohero.kit.data.Vocabulary;

/**
 * names.txt as in modules 05 and 06: shuffled with Python's {@code random.seed(42)}, split 80/10/10,
 * contexts of three characters.
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
