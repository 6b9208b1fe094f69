package zerotohero.bigram;

import java.util.function.DoubleSupplier;
import zerotohero.kit.Todo;

/**
 * Drawing one outcome from a discrete distribution, the way {@code torch.multinomial} draws one sample:
 * by inverting the cumulative distribution.
 *
 * <p>Lay the probabilities end to end on a line from 0 to 1: outcome 0 gets the first p[0] of the line,
 * outcome 1 the next p[1], and so on. A uniform random number u in [0, 1) falls into exactly one of
 * those pieces, and the longer the piece the likelier it is hit. That piece's index is the sample.
 *
 * <p>The randomness comes in as a {@link DoubleSupplier} of uniform numbers in [0, 1), so the caller
 * chooses the generator: {@code new Random(42)::nextDouble}, or {@code new PythonRandom(42)::random}
 * to match a Python script. The same generator, seeded the same way, gives the same draws.
 */
public final class Multinomial {

    private Multinomial() {
    }

    /**
     * One draw from the distribution {@code p} using exactly one number from {@code uniform}.
     *
     * <p>The rule, exactly: let total = p[0] + … + p[n−1] (summed in index order), draw one u from
     * {@code uniform}, and return the smallest i with u·total &lt; p[0] + … + p[i]. Should rounding leave
     * no such i (u·total just below total but not below the last running sum), return the last i whose
     * p[i] is positive. An outcome with probability 0 is never returned.
     *
     * @param p non-negative weights, not all zero (they need not sum to 1 exactly)
     * @throws IllegalArgumentException if a weight is negative or not finite, or all are zero
     */
    public static int draw(double[] p, DoubleSupplier uniform) {
        throw new Todo("04.4");
    }
}
