package zerotohero.gpt;

import java.util.Arrays;
import java.util.Random;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;

/**
 * Text from a trained model, one token at a time: run the model on the context, take the logits at the
 * last position, divide them by a temperature (below 1 sharper and safer, above 1 flatter and wilder),
 * optionally keep only the k most likely tokens (top-k, as nanoGPT's sampler does), softmax, draw one,
 * append it, repeat. The model only has position embeddings for {@code block_size} positions, so the
 * context is cropped to its last {@code block_size} tokens before every step.
 */
public final class Sampler {

    private Sampler() {
    }

    /**
     * Exercise 09.9: {@code prompt} followed by {@code maxNewTokens} sampled tokens. For each new token: the
     * last {@code model.blockSize()} tokens at most as a (1, T) input; logits at the last position divided by
     * {@code temperature}; if {@code topK > 0}, logits below the k-th largest set to −∞; softmax;
     * {@link #draw}. Evaluation mode (no dropout) and no graph; the model is back in training mode after.
     */
    public static int[] generate(LanguageModel model, int[] prompt, int maxNewTokens, double temperature, int topK,
            Random random) {
        if (prompt.length == 0) {
            throw new IllegalArgumentException("generate needs a prompt of at least one token, e.g. {0} (a newline)");
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be above 0, got " + temperature);
        }
        int[] out = Arrays.copyOf(prompt, prompt.length + maxNewTokens);
        model.eval();
        try (NoGrad scope = NoGrad.enter()) {
            for (int n = prompt.length; n < out.length; n++) {
                int from = Math.max(0, n - model.blockSize());
                Tensor logits = model.forward(LanguageModel.ids(new int[][] {Arrays.copyOfRange(out, from, n)}));
                long t = logits.size(1);
                double[] last = logits.slice(1, t - 1, t).data().ravel().toDoubleVector();
                out[n] = draw(probabilities(last, temperature, topK), random);
            }
        } finally {
            model.train();
        }
        return out;
    }

    /**
     * Exercise 09.9: softmax of logits / temperature, keeping only the {@code topK} largest (all when
     * topK ≤ 0 or ≥ the vocabulary); ties with the k-th largest are kept.
     */
    public static double[] probabilities(double[] logits, double temperature, int topK) {
        double[] z = new double[logits.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = logits[i] / temperature;
        }
        if (topK > 0 && topK < z.length) {
            double[] sorted = z.clone();
            Arrays.sort(sorted);
            double kth = sorted[sorted.length - topK];
            for (int i = 0; i < z.length; i++) {
                if (z[i] < kth) {
                    z[i] = Double.NEGATIVE_INFINITY;
                }
            }
        }
        double max = Arrays.stream(z).max().orElseThrow();
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        for (int i = 0; i < z.length; i++) {
            z[i] /= sum;
        }
        return z;
    }

    /**
     * One draw from a categorical distribution, like torch.multinomial(probs, 1): a uniform number u in
     * [0, 1), and the first index whose running sum of probabilities exceeds u.
     */
    public static int draw(double[] probabilities, Random random) {
        double u = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            sum += probabilities[i];
            if (u < sum) {
                return i;
            }
        }
        for (int i = probabilities.length - 1; i >= 0; i--) { // rounding left u above the total
            if (probabilities[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no token has a probability above 0");
    }
}
