package zerotohero.bigram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("04.1")
@DisplayName("04.1 the vocabulary")
class VocabularyTest {

    @Test
    @DisplayName("names.txt has 27 symbols: '.' = 0, then a = 1 … z = 26")
    void namesVocabulary() {
        Vocabulary vocab = Vocabulary.of(Names.words());
        Expect.equal("the symbols", vocab.symbols(), Names.SYMBOLS,
                "'.' comes first (id 0), then each distinct character once, in ascending order.");
        Expect.equal("size()", vocab.size(), 27, "26 letters plus '.'.");
    }

    @Test
    @DisplayName("'.' comes first even when a word's characters sort before it")
    void dotFirst() {
        Vocabulary vocab = Vocabulary.of(List.of("emma", "bob", "a-b"));
        Expect.equal("the symbols of emma, bob, a-b", vocab.symbols(), ".-abemo",
                "'.' is always id 0; the rest are the distinct characters, sorted ('-' sorts before 'a').");
        assertThat(vocab.labels()).as("labels(): each symbol as a one-character string, in id order (for heat maps)")
                .containsExactly(".", "-", "a", "b", "e", "m", "o");
    }

    @Test
    @DisplayName("stoi and itos are inverse: '.' ↔ 0, 'a' ↔ 1, 'z' ↔ 26")
    void stoiItos() {
        Vocabulary vocab = Vocabulary.of(Names.words());
        Expect.equal("stoi('.')", vocab.stoi('.'), 0, "");
        Expect.equal("stoi('a')", vocab.stoi('a'), 1, "");
        Expect.equal("stoi('z')", vocab.stoi('z'), 26, "");
        for (int i = 0; i < 27; i++) {
            Expect.equal("stoi(itos(" + i + "))", vocab.stoi(vocab.itos(i)), i,
                    "itos(i) is the character at position i of symbols().");
        }
    }

    @Test
    @DisplayName("an unknown character or id is an error that names it")
    void errors() {
        Vocabulary vocab = Vocabulary.of(List.of("abc"));
        assertThatThrownBy(() -> vocab.stoi('Q'))
                .as("stoi('Q') on the vocab of \"abc\"")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Q");
        assertThatThrownBy(() -> vocab.itos(4))
                .as("itos(4) on an vocab of 4 symbols")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4");
        assertThatThrownBy(() -> vocab.itos(-1))
                .as("itos(-1)")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Vocabulary.of(List.of()).symbols()).as("the vocab of no words").isEqualTo(".");
    }

    @Test
    @DisplayName("a word containing '.' is refused: the symbol is reserved")
    void reservedDot() {
        Expect.equal("the symbols of ann", Vocabulary.of(List.of("ann")).symbols(), ".an", "");
        assertThatThrownBy(() -> Vocabulary.of(List.of("ann", "mr.x")))
                .as("Vocabulary.of(ann, mr.x)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mr.x");
    }
}
