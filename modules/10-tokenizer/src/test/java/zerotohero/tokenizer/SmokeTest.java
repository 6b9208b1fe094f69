package zerotohero.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The given picture code draws tokens (not graded: it is not an exercise). */
@DisplayName("10 given code: coloured-token pictures")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SmokeTest {

    @Test
    @DisplayName("TokenPicture draws one box per token, byte pieces in hex and white space made visible")
    void picture() {
        Tokenizer bytesOnly = new Tokenizer() {
            @Override
            public void train(String text, int vocabSize, boolean verbose) {
            }

            @Override
            public int[] encodeOrdinary(String text) {
                return Utf8.ids(text);
            }

            @Override
            public int[] encode(String text, java.util.Set<String> allowed) {
                return Utf8.ids(text);
            }
        };
        String svg = TokenPicture.svg("bytes", List.of(new TokenPicture.Block("Korean", bytesOnly, "a 안\n")));
        assertThat(svg).startsWith("<svg").contains("6 tokens for 6 bytes").contains("⟨ec⟩").contains("·").contains("↵");
        assertThat(svg.split("<rect ").length - 2).isEqualTo(6);
        assertThat(TokenPicture.shown("a\tb".getBytes())).isEqualTo("a→b");
    }

    @Test
    @DisplayName("renderToken escapes control characters and replaces broken UTF-8, as minbpe's .vocab shows them")
    void renderToken() {
        assertThat(Tokenizer.renderToken("a\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo("a\\u000a");
        assertThat(Tokenizer.renderToken(new byte[] {(byte) 0xE2, (byte) 0x82})).isEqualTo("\uFFFD");
        assertThat(Tokenizer.renderToken("\u200b".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo("\\u200b");
    }
}
