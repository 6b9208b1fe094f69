package zerotohero.kit.data;

import java.util.Collections;
import java.util.List;

/**
 * Python's {@code random} module, bit for bit: the same seed gives the same numbers and the same shuffles
 * as CPython.
 *
 * <p>Why a course library needs this: the lectures split their data with
 * {@code random.seed(42); random.shuffle(words)}, and the numbers they report (losses, example counts)
 * depend on exactly which words land in train, dev and test. {@link java.util.Random} would give a
 * different split, so this class reimplements what CPython does:
 * <ul>
 *   <li>the generator is the Mersenne Twister MT19937 (624 words of state, 32-bit outputs);</li>
 *   <li>{@code seed(n)} feeds the 32-bit words of |n|, least significant first, to MT's
 *       {@code init_by_array} — not {@code init_genrand(n)}, which is what many other ports use;</li>
 *   <li>{@code getrandbits(k)} keeps the top k bits of an output; {@code randbelow(n)} draws
 *       {@code bit_length(n)} bits and retries while the result is ≥ n (no modulo bias);</li>
 *   <li>{@code random()} builds a 53-bit double from two outputs: {@code (a>>5)·2^26 + (b>>6)}, over 2^53;</li>
 *   <li>{@code shuffle} is Fisher–Yates from the end: for i from n−1 down to 1, swap i with
 *       {@code randbelow(i+1)}.</li>
 * </ul>
 * A check: in CPython, {@code random.seed(42); random.random()} is {@code 0.6394267984578837}, and so is
 * {@code new PythonRandom(42).random()}. Not thread-safe, like any seeded generator you want to replay.
 */
public final class PythonRandom {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index;
    private double nextGauss;
    private boolean hasNextGauss;

    /** A generator in the state of CPython's {@code random.seed(seed)}. */
    public PythonRandom(long seed) {
        seed(seed);
    }

    /** Re-seeds, exactly like {@code random.seed(seed)} with an int argument (the sign is ignored, as in CPython). */
    public void seed(long seed) {
        // |seed| as an unsigned 64-bit value; -Long.MIN_VALUE overflows back to itself, which read unsigned
        // is exactly 2^63 = |Long.MIN_VALUE|.
        long magnitude = seed < 0 ? -seed : seed;
        int low = (int) magnitude;
        int high = (int) (magnitude >>> 32);
        // CPython passes as many 32-bit words as |n| needs, and at least one (so seed 0 is the key [0]).
        initByArray(high == 0 ? new int[] {low} : new int[] {low, high});
        hasNextGauss = false;
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            // int arithmetic wraps modulo 2^32, which is exactly the C code's uint32 arithmetic.
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = UPPER_MASK; // MSB is 1, assuring a non-zero initial state
        index = N;
    }

    /** The next 32 raw bits of MT19937 (an unsigned value held in an int). */
    private int nextWord() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int kk = 0; kk < N; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
            mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        index = 0;
    }

    /** A float in [0, 1) with 53 random bits, like {@code random.random()}. */
    public double random() {
        long a = (nextWord() >>> 5) & 0xffffffffL;  // 27 bits
        long b = (nextWord() >>> 6) & 0xffffffffL;  // 26 bits
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /**
     * A non-negative number with {@code k} random bits, like {@code random.getrandbits(k)}.
     *
     * @param k from 0 to 63
     */
    public long getrandbits(int k) {
        if (k < 0 || k > 63) {
            throw new IllegalArgumentException("getrandbits needs 0 <= k <= 63 here (a long), got " + k);
        }
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return (nextWord() & 0xffffffffL) >>> (32 - k);
        }
        // CPython fills the result from its least significant 32-bit word up; only the last word is cut short.
        long low = nextWord() & 0xffffffffL;
        long high = (nextWord() & 0xffffffffL) >>> (64 - k);
        return (high << 32) | low;
    }

    /**
     * A uniform integer in [0, n), like CPython's {@code random._randbelow(n)}: draw bit_length(n) bits, and
     * draw again while the result is too large.
     */
    public long randbelow(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("randbelow needs n > 0, got " + n);
        }
        int k = 64 - Long.numberOfLeadingZeros(n); // n.bit_length()
        long r = getrandbits(k);
        while (r >= n) {
            r = getrandbits(k);
        }
        return r;
    }

    /** A uniform integer in [0, n), as an int; see {@link #randbelow(long)}. */
    public int randbelow(int n) {
        return (int) randbelow((long) n);
    }

    /** A uniform integer in [a, b], both included, like {@code random.randint(a, b)}. */
    public long randint(long a, long b) {
        if (b < a) {
            throw new IllegalArgumentException("randint needs a <= b, got a=" + a + ", b=" + b);
        }
        return a + randbelow(b - a + 1);
    }

    /** A float in [a, b), like {@code random.uniform(a, b)} (micrograd initialises its weights with it). */
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /**
     * A normally distributed float, like {@code random.gauss(mu, sigma)}: Box–Muller makes two values
     * at a time, and the second is kept for the next call.
     */
    public double gauss(double mu, double sigma) {
        double z;
        if (hasNextGauss) {
            z = nextGauss;
            hasNextGauss = false;
        } else {
            double x2pi = random() * 2 * Math.PI;
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
            z = Math.cos(x2pi) * g2rad;
            nextGauss = Math.sin(x2pi) * g2rad;
            hasNextGauss = true;
        }
        return mu + z * sigma;
    }

    /** Shuffles the list in place, exactly like {@code random.shuffle(list)}. */
    public void shuffle(List<?> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, randbelow(i + 1));
        }
    }

    /** Shuffles the array in place, in the same order {@link #shuffle(List)} would. */
    public void shuffle(int[] array) {
        for (int i = array.length - 1; i > 0; i--) {
            int j = randbelow(i + 1);
            int t = array[i];
            array[i] = array[j];
            array[j] = t;
        }
    }
}
