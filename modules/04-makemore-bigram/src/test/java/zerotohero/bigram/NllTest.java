package zerotohero.bigram;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("04.5")
@DisplayName("04.5 the loss: average negative log-likelihood")
class NllTest {

    private static BigramModel counts(double smoothing) {
        return new BigramModel(Names.vocab(), CountsFixture.probabilities(smoothing));
    }

    @Test
    @DisplayName("by hand: \"ab\" under a three-symbol model")
    void byHand() {
        double[][] p = {{0.1, 0.6, 0.3}, {0.2, 0.3, 0.5}, {0.4, 0.4, 0.2}};
        BigramModel model = new BigramModel(new Vocabulary(".ab"), p);
        double expected = -(Math.log(0.6) + Math.log(0.5) + Math.log(0.4)) / 3;
        Expect.close("nll([ab])", model.nll(List.of("ab")), expected, 1e-12,
                "the bigrams of ab are (.,a) (a,b) (b,.): average −log P over all three, the end included.");
        double both = -(Math.log(0.6) + Math.log(0.5) + Math.log(0.4) + Math.log(0.3) + Math.log(0.4)) / 5;
        Expect.close("nll([ab, b])", model.nll(List.of("ab", "b")), both, 1e-12,
                "average over all bigrams of all words (here 5), not the average of per-word averages.");
    }

    @Test
    @DisplayName("names.txt with +1 smoothing: 2.454577")
    void smoothed() {
        Expect.close("NLL of names.txt, +1 smoothing", counts(1).nll(Names.words()), 2.454577, 1e-6,
                "the mean of −log P[a][b] over all 228,146 bigrams, in double precision.");
    }

    @Test
    @DisplayName("names.txt without smoothing: 2.454014")
    void unsmoothed() {
        Expect.close("NLL of names.txt, no smoothing", counts(0).nll(Names.words()), 2.454014, 1e-6,
                "the mean of −log P[a][b] over all 228,146 bigrams, in double precision.");
    }

    @Test
    @DisplayName("\"andrejq\": 3.4834 per bigram with +1 smoothing, +∞ without (jq was never seen)")
    void unseenBigram() {
        Expect.close("NLL of andrejq, +1 smoothing", counts(1).nll(List.of("andrejq")), 3.4834, 1e-4,
                "eight bigrams, from (.,a) to (q,.); with smoothing every one has a positive probability.");
        double raw = counts(0).nll(List.of("andrejq"));
        Expect.that(raw == Double.POSITIVE_INFINITY, "without smoothing P[j][q] = 0 and log 0 = −∞, so the NLL "
                + "of andrejq is +∞ (Infinity); got " + raw + ". Do not skip or clamp the zero: the infinite loss "
                + "is the honest answer, and smoothing is the cure.");
    }
}
