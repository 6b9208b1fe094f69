package zerotohero.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.data.Vocabulary;

@Exercise("05.1")
@DisplayName("05.1 the dataset builder: contexts and next characters")
class ExamplesTest {

    private static final Vocabulary VOCAB = Vocabulary.ofWords(List.of("abcdefghijklmnopqrstuvwxyz"));

    @Test
    @Timeout(60)
    @DisplayName("\"emma\" with a block of 3 gives ... → e, ..e → m, .em → m, emm → a, mma → .")
    void emma() {
        Examples ex = Examples.of(List.of("emma"), VOCAB, 3);
        int e = 5;
        int m = 13;
        int a = 1;
        Expect.equal("number of examples", ex.size(), 5, "a word of n letters gives n + 1 examples (the end counts).");
        assertThat(ex.x()).as("contexts of \"emma\"; the context starts as all '.' (id 0) and slides left")
                .isDeepEqualTo(new int[][] {{0, 0, 0}, {0, 0, e}, {0, e, m}, {e, m, m}, {m, m, a}});
        assertThat(ex.y()).as("next characters of \"emma\"; the last one is '.' (id 0), the end of the name")
                .containsExactly(e, m, m, a, 0);
    }

    @Test
    @Timeout(60)
    @DisplayName("words follow one another, and every word starts from an empty context")
    void severalWords() {
        Examples ex = Examples.of(List.of("ab", "c"), VOCAB, 2);
        assertThat(ex.x()).as("the context must be reset to all '.' at the start of each word")
                .isDeepEqualTo(new int[][] {{0, 0}, {0, 1}, {1, 2}, {0, 0}, {0, 3}});
        assertThat(ex.y()).containsExactly(1, 2, 0, 3, 0);
    }

    @Test
    @Timeout(60)
    @DisplayName("a block of 1 is the bigram model's data; a block of 5 pads with five dots")
    void otherBlocks() {
        Examples one = Examples.of(List.of("ab"), VOCAB, 1);
        assertThat(one.x()).isDeepEqualTo(new int[][] {{0}, {1}, {2}});
        Examples five = Examples.of(List.of("ab"), VOCAB, 5);
        assertThat(five.x()).as("block 5").isDeepEqualTo(new int[][] {{0, 0, 0, 0, 0}, {0, 0, 0, 0, 1}, {0, 0, 0, 1, 2}});
    }

    @Test
    @Timeout(60)
    @DisplayName("all of names.txt: 228,146 examples (32,033 names plus their letters)")
    void allNames() {
        Examples ex = Examples.of(Fixtures.names(), Fixtures.vocab(), 3);
        Expect.equal("examples in names.txt", ex.size(), 228_146, "one example per letter and one per name end.");
        assertThat(ex.blockSize()).isEqualTo(3);
    }
}
