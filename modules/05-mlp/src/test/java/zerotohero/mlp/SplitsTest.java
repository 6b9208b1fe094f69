package zerotohero.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.data.Split;

@Exercise("05.2")
@DisplayName("05.2 a reproducible train/dev/test split")
class SplitsTest {

    @Test
    @Timeout(60)
    @DisplayName("seed 42 gives the lecture's order: yuheng, diondre, xavien, jori, juanluis")
    void firstWords() {
        Split<String> split = Splits.shuffleAndSplit(Fixtures.names(), 42);
        assertThat(split.train().subList(0, 5)).as("the first shuffled names; a different order means the shuffle "
                + "is not Python's random.shuffle with random.seed(42) (use kit's PythonRandom, not java.util.Random)")
                .containsExactly("yuheng", "diondre", "xavien", "jori", "juanluis");
    }

    @Test
    @Timeout(60)
    @DisplayName("cut at int(0.8 n) and int(0.9 n): 25,626 / 3,203 / 3,204 names")
    void cuts() {
        Split<String> split = Splits.shuffleAndSplit(Fixtures.names(), 42);
        Expect.equal("train names", split.train().size(), 25_626, "n1 = int(0.8 * 32033).");
        Expect.equal("dev names", split.dev().size(), 3_203, "dev runs from n1 to n2 = int(0.9 * 32033).");
        Expect.equal("test names", split.test().size(), 3_204, "test is the rest.");
        List<String> all = new ArrayList<>(split.train());
        all.addAll(split.dev());
        all.addAll(split.test());
        List<String> expected = new ArrayList<>(Fixtures.names());
        all.sort(null);
        expected.sort(null);
        Expect.that(all.equals(expected), "the three parts together must be every name exactly once.");
    }

    @Test
    @Timeout(60)
    @DisplayName("the word list passed in is not modified")
    void argumentUntouched() {
        List<String> words = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));
        Splits.shuffleAndSplit(words, 42);
        assertThat(words).as("shuffle a copy: the caller's list keeps its order").containsExactly("a", "b", "c", "d", "e",
                "f", "g", "h", "i", "j");
    }

    @Test
    @Timeout(60)
    @DisplayName("another seed gives another order")
    void seedMatters() {
        Split<String> a = Splits.shuffleAndSplit(Fixtures.names(), 42);
        Split<String> b = Splits.shuffleAndSplit(Fixtures.names(), 43);
        assertThat(b.train().subList(0, 5)).as("the seed must be passed to the generator").isNotEqualTo(a.train().subList(0, 5));
    }

    @Test
    @Timeout(60)
    @DisplayName("with a block of 3: Xtr 182,625, Xdev 22,655, Xte 22,866 examples")
    void exampleCounts() {
        Splits s = Splits.names(3); // of(shuffleAndSplit(names.txt, 42), its vocabulary, 3)
        Expect.equal("vocabulary size", s.vocab().size(), 27, "26 letters and the boundary '.'.");
        Expect.equal("train examples", s.train().size(), 182_625, "the lecture's Xtr.shape[0].");
        Expect.equal("dev examples", s.dev().size(), 22_655, "the lecture's Xdev.shape[0].");
        Expect.equal("test examples", s.test().size(), 22_866, "the lecture's Xte.shape[0].");
    }
}
