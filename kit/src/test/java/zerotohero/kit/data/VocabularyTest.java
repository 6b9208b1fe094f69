package zerotohero.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    /** The 65 distinct characters of Tiny Shakespeare, in sorted order. */
    static final String SHAKESPEARE_SYMBOLS =
            "\n !$&',-.3:;?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    @Test
    void shakespeareVocabularyEncodesLikeTheLecture() {
        // Any text with the same characters gives the same vocabulary: only the set of characters counts.
        Vocabulary vocab = Vocabulary.of(new StringBuilder(SHAKESPEARE_SYMBOLS).reverse());
        assertThat(vocab.size()).isEqualTo(65);
        assertThat(vocab.symbols()).isEqualTo(SHAKESPEARE_SYMBOLS);
        assertThat(vocab.encode("First Citizen:")).containsExactly(18, 47, 56, 57, 58, 1, 15, 47, 58, 47, 64, 43, 52, 10);
        assertThat(vocab.encode("hii there")).containsExactly(46, 47, 47, 1, 58, 46, 43, 56, 43);
        assertThat(vocab.decode(vocab.encode("hii there"))).isEqualTo("hii there");
        assertThat(vocab.stoi('\n')).isZero();
        assertThat(vocab.itos(64)).isEqualTo("z");
    }

    @Test
    void wordListVocabularyPutsTheBoundaryFirst() {
        Vocabulary vocab = Vocabulary.ofWords(List.of("emma", "olivia", "zoe", "abcdefghijklmnopqrstuvwxyz"));
        assertThat(vocab.size()).isEqualTo(27);
        assertThat(vocab.symbols()).isEqualTo(".abcdefghijklmnopqrstuvwxyz");
        assertThat(vocab.stoi('.')).isZero();
        assertThat(vocab.stoi('a')).isEqualTo(1);
        assertThat(vocab.stoi('z')).isEqualTo(26);
        assertThat(vocab.itos(0)).isEqualTo(".");
        assertThat(vocab.decode(0, 5, 13, 13, 1, 0)).isEqualTo(".emma.");
        assertThat(vocab.contains('q')).isTrue();
        assertThat(vocab.contains('Q')).isFalse();
    }

    @Test
    void unknownCharacterNamesTheCharacterAndItsPosition() {
        Vocabulary vocab = Vocabulary.ofWords(List.of("abc"));
        assertThatThrownBy(() -> vocab.encode("abé"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'é' (U+00E9)")
                .hasMessageContaining("position 2")
                .hasMessageContaining("4 symbols");
        assertThatThrownBy(() -> vocab.stoi('\n')).hasMessageContaining("'\\n' (U+000A)");
    }

    @Test
    void unknownIdNamesTheIdAndTheValidRange() {
        Vocabulary vocab = Vocabulary.ofWords(List.of("abc"));
        assertThatThrownBy(() -> vocab.decode(1, 2, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id 7 at position 2")
                .hasMessageContaining("from 0 to 3");
        assertThatThrownBy(() -> vocab.itos(-1)).hasMessageContaining("id -1 ");
    }

    @Test
    void wordsMayNotContainTheBoundary() {
        assertThatThrownBy(() -> Vocabulary.ofWords(List.of("ann", "a.b")))
                .hasMessageContaining("\"a.b\"")
                .hasMessageContaining("reserved");
    }

    @Test
    void charactersBeyondTheBasicPlaneAreOneSymbol() {
        String text = "a😀b";
        Vocabulary vocab = Vocabulary.of(text);
        assertThat(vocab.size()).isEqualTo(3);
        assertThat(vocab.encode(text)).containsExactly(0, 2, 1);
        assertThat(vocab.decode(2)).isEqualTo("😀");
    }

    @Test
    void vocabulariesWithTheSameSymbolsAreEqual() {
        assertThat(Vocabulary.of("abc")).isEqualTo(Vocabulary.of("cba")).hasSameHashCodeAs(Vocabulary.of("bca"));
        assertThat(Vocabulary.of("abc")).isNotEqualTo(Vocabulary.of("abd")).isNotEqualTo("abc");
        assertThat(Vocabulary.of("abc")).hasToString("Vocabulary(3 symbols)");
    }
}
