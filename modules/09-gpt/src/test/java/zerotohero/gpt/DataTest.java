package zerotohero.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("09.1")
@DisplayName("09.1 Data: a character tokenizer, a 90/10 split and batches of shifted targets")
class DataTest {

    @BeforeAll
    static void warmUp() {
        Fixtures.warmUp();
    }

    @Test
    @Timeout(10)
    @DisplayName("the vocabulary is the 65 sorted distinct characters of the play")
    void vocabulary() {
        Expect.equal("vocabulary size", Data.vocabulary("hello world").length(), 8,
                "one entry per distinct character: 'hello world' has 8 (h e l o space w r d)");
        Expect.equal("vocabulary of 'hello world'", Data.vocabulary("hello world"), " dehlorw",
                "sorted by character code, so space (32) comes first, then the letters in order");
        Expect.equal("Tiny Shakespeare's vocabulary size", Fixtures.data().vocabSize(), 65, "");
        Expect.equal("the first characters", Fixtures.data().chars.substring(0, 13), "\n !$&',-.3:;?",
                "newline (10) is id 0 and space (32) id 1: sort the characters by their code");
        assertThat(Fixtures.data().chars).endsWith("xyz").contains("ABC");
    }

    @Test
    @Timeout(10)
    @DisplayName("encode gives the lecture's ids and decode inverts it")
    void encodeDecode() {
        Data d = Fixtures.data();
        Expect.equal("encode(\"First Citizen:\")", Arrays.toString(d.encode("First Citizen:")),
                Arrays.toString(new int[] {18, 47, 56, 57, 58, 1, 15, 47, 58, 47, 64, 43, 52, 10}),
                "a character's id is its position in the sorted vocabulary");
        Expect.equal("encode(\"hii there\")", Arrays.toString(d.encode("hii there")),
                Arrays.toString(new int[] {46, 47, 47, 1, 58, 46, 43, 56, 43}), "");
        Expect.equal("decode(encode(s))", d.decode(d.encode("O Romeo, Romeo!\nwherefore art thou?")),
                "O Romeo, Romeo!\nwherefore art thou?", "decode maps each id back to its character");
        assertThatThrownBy(() -> d.encode("caf\u00e9")).as("a character outside the vocabulary")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 3");
        assertThatThrownBy(() -> d.decode(3, 65)).as("an id outside the vocabulary")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65");
    }

    @Test
    @Timeout(10)
    @DisplayName("90% for training, the last 10% for validation: 1,003,854 and 111,540 characters")
    void split() {
        Data d = Fixtures.data();
        Expect.equal("trainSize(1,115,394)", Data.trainSize(1_115_394), 1_003_854,
                "int(0.9 · n): the first 90%, rounded down");
        Expect.equal("training characters", d.train.length, 1_003_854, "");
        Expect.equal("validation characters", d.val.length, 111_540, "the rest of the text, after the training part");
        Expect.equal("the text starts", d.decode(Arrays.copyOf(d.train, 14)), "First Citizen:",
                "the training part is the beginning of the text, not shuffled");
        Expect.equal("Data.shakespeare()'s validation characters", Data.shakespeare().val.length, 111_540, "");
    }

    @Test
    @Timeout(10)
    @DisplayName("any text gets its own vocabulary, is encoded, and split 90/10")
    void anyText() {
        Data d = Data.of("to be, or not to be");
        Expect.equal("vocabulary of \"to be, or not to be\"", d.chars, " ,benort", "its sorted distinct characters");
        Expect.equal("training tokens of 19", d.train.length, 17, "int(0.9 · 19) = 17");
        Expect.equal("the two parts decoded", d.decode(d.train) + "|" + d.decode(d.val), "to be, or not to |be",
                "the first 90% of the text for training, the rest for validation, in order");
    }

    @Test
    @Timeout(10)
    @DisplayName("a batch is (B, T) windows of the split with the targets shifted by one, reproducible from a seed")
    void batches() {
        Data d = Fixtures.data();
        Data.Batch b = d.batch(Data.Split.TRAIN, 4, 8, new Random(1337));
        Expect.equal("rows", b.x().length, 4, "one row per batch element");
        Expect.equal("columns", b.x()[0].length, 8, "block_size tokens per row");
        String text = d.decode(d.train);
        for (int r = 0; r < 4; r++) {
            Expect.that(b.y()[r].length == 8, "the targets have the same shape as the inputs");
            for (int t = 0; t < 7; t++) {
                Expect.equal("y[" + r + "][" + t + "]", b.y()[r][t], b.x()[r][t + 1],
                        "the target at t is the token after x[t], which is x[t + 1]: y is x shifted left by one");
            }
            String window = d.decode(b.x()[r]) + d.decode(b.y()[r][7]);
            Expect.that(text.contains(window), "each row and its last target are 9 consecutive characters of the "
                    + "training text; row " + r + " is \"" + window + "\", which is not");
        }
        Random first = new Random(1337);
        int start = first.nextInt(d.train.length - 8);
        Expect.equal("row 0 starts at", d.decode(b.x()[0]), d.decode(Arrays.copyOfRange(d.train, start, start + 8)),
                "draw each row's start with random.nextInt(n − blockSize), in row order");
        Data.Batch again = d.batch(Data.Split.TRAIN, 4, 8, new Random(1337));
        Expect.that(Arrays.deepEquals(b.x(), again.x()) && Arrays.deepEquals(b.y(), again.y()),
                "the same seed must give the same batch");
        Data.Batch val = d.batch(Data.Split.VAL, 2, 8, new Random(1));
        String valText = d.decode(d.val);
        Expect.that(valText.contains(d.decode(val.x()[0])), "a VAL batch comes from the validation split");
    }
}
