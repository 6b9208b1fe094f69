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
class AlphabetTest {

    @Test
    @DisplayName("names.txt has 27 symbols: '.' = 0, then a = 1 … z = 26")
    void namesAlphabet() {
        Alphabet alphabet = Alphabet.of(Names.words());
        Expect.equal("the symbols", alphabet.symbols(), Names.SYMBOLS,
                "'.' comes first (id 0), then each distinct character once, in ascending order.");
        Expect.equal("size()", alphabet.size(), 27, "26 letters plus '.'.");
    }

    @Test
    @DisplayName("'.' comes first even when a word's characters sort before it")
    void dotFirst() {
        Alphabet alphabet = Alphabet.of(List.of("emma", "bob", "a-b"));
        Expect.equal("the symbols of emma, bob, a-b", alphabet.symbols(), ".-abemo",
                "'.' is always id 0; the rest are the distinct characters, sorted ('-' sorts before 'a').");
    }

    @Test
    @DisplayName("stoi and itos are inverse: '.' ↔ 0, 'a' ↔ 1, 'z' ↔ 26")
    void stoiItos() {
        Alphabet alphabet = Alphabet.of(Names.words());
        Expect.equal("stoi('.')", alphabet.stoi('.'), 0, "");
        Expect.equal("stoi('a')", alphabet.stoi('a'), 1, "");
        Expect.equal("stoi('z')", alphabet.stoi('z'), 26, "");
        for (int i = 0; i < 27; i++) {
            Expect.equal("stoi(itos(" + i + "))", alphabet.stoi(alphabet.itos(i)), i,
                    "itos(i) is the character at position i of symbols().");
        }
    }

    @Test
    @DisplayName("an unknown character or id is an error that names it")
    void errors() {
        Alphabet alphabet = Alphabet.of(List.of("abc"));
        assertThatThrownBy(() -> alphabet.stoi('Q'))
                .as("stoi('Q') on the alphabet of \"abc\"")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Q");
        assertThatThrownBy(() -> alphabet.itos(4))
                .as("itos(4) on an alphabet of 4 symbols")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4");
        assertThatThrownBy(() -> alphabet.itos(-1))
                .as("itos(-1)")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Alphabet.of(List.of()).symbols()).as("the alphabet of no words").isEqualTo(".");
    }

    @Test
    @DisplayName("a word containing '.' is refused: the symbol is reserved")
    void reservedDot() {
        Expect.equal("the symbols of ann", Alphabet.of(List.of("ann")).symbols(), ".an", "");
        assertThatThrownBy(() -> Alphabet.of(List.of("ann", "mr.x")))
                .as("Alphabet.of(ann, mr.x)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mr.x");
    }
}
