package zerotohero.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.data.PythonRandom;
import zerotohero.kit.data.Vocabulary;

@Exercise("05.7")
@DisplayName("05.7 sampling names")
class SamplerTest {

    private static final Vocabulary VOCAB = Vocabulary.ofWords(java.util.List.of("ab"));

    @Test
    @Timeout(60)
    @DisplayName("draw: the first index whose cumulative probability exceeds u")
    void draw() {
        double[] p = {0.2, 0.5, 0.3};
        Expect.equal("draw(p, 0.0)", Sampler.draw(p, 0.0), 0, "");
        Expect.equal("draw(p, 0.19)", Sampler.draw(p, 0.19), 0, "");
        Expect.equal("draw(p, 0.2)", Sampler.draw(p, 0.2), 1, "u equal to a cumulative sum belongs to the next index.");
        Expect.equal("draw(p, 0.69)", Sampler.draw(p, 0.69), 1, "");
        Expect.equal("draw(p, 0.7)", Sampler.draw(p, 0.7), 2, "");
        Expect.equal("draw(p, 0.9999999)", Sampler.draw(new double[] {0.3, 0.3, 0.3999998}, 0.9999999), 2,
                "when rounding leaves u above every cumulative sum, return the last index.");
        Expect.equal("draw with a zero-probability class", Sampler.draw(new double[] {0.5, 0, 0.5}, 0.5), 2,
                "a class of probability 0 is never drawn.");
    }

    @Test
    @Timeout(60)
    @DisplayName("a model that always says 'a' writes 'a' until the length limit")
    void lengthLimit() {
        String name = Sampler.sample(Fixtures.constantLogits(3, new double[] {-50, 50, -50}), VOCAB, new PythonRandom(1));
        Expect.equal("name", name, "a".repeat(Sampler.MAX_LENGTH), "stop after MAX_LENGTH characters.");
    }

    @Test
    @Timeout(60)
    @DisplayName("a model that always says '.' gives the empty name")
    void immediateEnd() {
        String name = Sampler.sample(Fixtures.constantLogits(3, new double[] {50, -50, -50}), VOCAB, new PythonRandom(1));
        Expect.equal("name", name, "", "the boundary ends the name and is not part of it.");
    }

    @Test
    @Timeout(60)
    @DisplayName("a fair coin between '.' and 'b': one random() per character, the boundary ends the name")
    void coin() {
        for (long seed = 0; seed < 20; seed++) {
            String name = Sampler.sample(Fixtures.constantLogits(3, new double[] {0, -50, 0}), VOCAB, new PythonRandom(seed));
            PythonRandom r = new PythonRandom(seed);
            StringBuilder expected = new StringBuilder();
            while (expected.length() < Sampler.MAX_LENGTH && r.random() >= 0.5) {
                expected.append('b');
            }
            assertThat(name).as("seed %d: draw(probs, random.random()) once per character", seed).isEqualTo(expected.toString());
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("a trained-looking model: the same seed gives the same name, and it only uses a..z")
    void repeatable() {
        MLP model = Fixtures.seeded(MLP.Config.lecture(), 5);
        Vocabulary vocab = Fixtures.vocab();
        String a = Sampler.sample(model, vocab, new PythonRandom(9));
        String b = Sampler.sample(model, vocab, new PythonRandom(9));
        Expect.equal("second sample with the same seed", b, a, "all randomness must come from the PythonRandom passed in.");
        assertThat(a).matches("[a-z]*");
    }

    @Test
    @Timeout(60)
    @DisplayName("the context slides: each character is drawn from the last 3 characters, oldest first")
    void contextSlides() {
        MLP model = Fixtures.seeded(MLP.Config.lecture(), 5);
        Vocabulary vocab = Fixtures.vocab();
        int longNames = 0;
        for (long seed = 0; seed < 8; seed++) {
            PythonRandom r = new PythonRandom(seed);
            int[] context = {0, 0, 0};
            StringBuilder expected = new StringBuilder();
            while (expected.length() < Sampler.MAX_LENGTH) {
                double[] probs = model.forward(new int[][] {context}).softmax(1).data().toDoubleVector();
                int next = Sampler.draw(probs, r.random());
                if (next == 0) {
                    break;
                }
                expected.append(vocab.itos(next));
                context = new int[] {context[1], context[2], next};
            }
            longNames += expected.length() > 2 ? 1 : 0;
            assertThat(Sampler.sample(model, vocab, new PythonRandom(seed)))
                    .as("seed %d: after each character drop the oldest id of the context and append the new one"
                            + " (…e → .em → emm), so the model sees the last 3 characters", seed)
                    .isEqualTo(expected.toString());
        }
        assertThat(longNames).as("names of more than 2 characters, where the whole context matters").isPositive();
    }
}
