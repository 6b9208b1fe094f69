package zerotohero.bigram;

import java.util.List;
import zerotohero.kit.data.Datasets;

/** names.txt, read once for all the tests, and the fixed vocab the tests compare with. */
final class Names {

    /** The 27 symbols of names.txt in id order. */
    static final String SYMBOLS = ".abcdefghijklmnopqrstuvwxyz";

    private static List<String> words;

    private Names() {
    }

    /** The 32,033 names. */
    static synchronized List<String> words() {
        if (words == null) {
            words = List.copyOf(Datasets.standard().lines("names.txt"));
        }
        return words;
    }

    /** The vocab of names.txt, built without the learner's code so that each exercise is graded on its own. */
    static Vocabulary vocab() {
        return new Vocabulary(SYMBOLS);
    }

    static int id(char c) {
        return SYMBOLS.indexOf(c);
    }
}
