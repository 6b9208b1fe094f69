package zerotohero.bigram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("04.2")
@DisplayName("04.2 bigrams and the count matrix")
class BigramsTest {

    private static final String FORGOT_END = "Read each word as '.' + word + '.': the end token is a character "
            + "to predict too, and a word of n letters gives n + 1 bigrams.";

    @Test
    @DisplayName("\"emma\" gives five bigrams: (.,e) (e,m) (m,m) (m,a) (a,.)")
    void emma() {
        Bigrams.Examples e = Bigrams.examples(List.of("emma"), Names.vocab());
        assertThat(e.xs()).as("xs of emma (ids of . e m m a)").containsExactly(0, 5, 13, 13, 1);
        assertThat(e.ys()).as("ys of emma (ids of e m m a .) — " + FORGOT_END).containsExactly(5, 13, 13, 1, 0);
    }

    @Test
    @DisplayName("words follow each other in order, each with its own start and end")
    void twoWords() {
        Bigrams.Examples e = Bigrams.examples(List.of("ab", "c"), Names.vocab());
        assertThat(e.xs()).as("xs of ab, c").containsExactly(0, 1, 2, 0, 3);
        assertThat(e.ys()).as("ys of ab, c").containsExactly(1, 2, 0, 3, 0);
    }

    @Test
    @DisplayName("names.txt has 228,146 bigrams")
    void total() {
        Bigrams.Examples e = Bigrams.examples(Names.words(), Names.vocab());
        Expect.equal("number of bigrams in names.txt", e.size(), 228_146,
                "196,113 letters plus one end per name (32,033): " + FORGOT_END);
        long sum = 0;
        for (int[] row : Bigrams.counts(Names.words(), Names.vocab())) {
            for (int c : row) {
                sum += c;
            }
        }
        Expect.equal("sum of the count matrix", sum, 228_146L, "every bigram is counted once. " + FORGOT_END);
    }

    @Test
    @DisplayName("the most frequent bigrams: (n,.) 6763, (a,.) 6640, (a,n) 5438, (.,a) 4410")
    void mostFrequent() {
        int[][] n = Bigrams.counts(Names.words(), Names.vocab());
        Expect.equal("shape of N", n.length + "×" + n[0].length, "27×27", "one row and one column per symbol.");
        Expect.equal("N[n][.]", n[Names.id('n')][0], 6763, FORGOT_END);
        Expect.equal("N[a][.]", n[Names.id('a')][0], 6640, FORGOT_END);
        Expect.equal("N[a][n]", n[Names.id('a')][Names.id('n')], 5438,
                "N[a][b] counts how often b follows a: row = first character, column = next.");
        Expect.equal("N[.][a]", n[0][Names.id('a')], 4410, "names that start with 'a' are counted in row '.'.");
        Expect.equal("N[.][.]", n[0][0], 0, "no name is empty, so '.' is never followed directly by '.'.");
    }

    @Test
    @DisplayName("row '.' and column '.' both sum to 32,033: every name starts once and ends once")
    void startsAndEnds() {
        int[][] n = Bigrams.counts(Names.words(), Names.vocab());
        long starts = 0;
        long ends = 0;
        for (int i = 0; i < 27; i++) {
            starts += n[0][i];
            ends += n[i][0];
        }
        Expect.equal("sum of row '.' (how names start)", starts, 32_033L, "start every word at '.'.");
        Expect.equal("sum of column '.' (how names end)", ends, 32_033L, FORGOT_END);
    }
}
