package zerotohero.tokenizer;

import java.util.LinkedHashMap;
import java.util.Map;
import zerotohero.kit.Todo;

/**
 * The two operations byte-pair encoding is built from: count the neighbouring pairs of a sequence, and
 * replace every occurrence of one pair with a new id.
 *
 * <p>Order matters. When two pairs are equally frequent, the one seen first in the text wins, as in the
 * reference tokenizers; so the counts are kept in a map that remembers insertion order, and the most
 * frequent pair is the first maximum in that order. A {@code HashMap} would break ties by hash code, and
 * a tokenizer trained here would learn different merges from one trained in Python on the same text.
 */
public final class BytePairs {

    private BytePairs() {
    }

    /**
     * How often each pair of neighbours occurs in {@code ids}, in the order each pair is first seen:
     * {@code [1, 2, 3, 1, 2]} gives {(1, 2)=2, (2, 3)=1, (3, 1)=1}.
     */
    public static Map<Pair, Integer> counts(int[] ids) {
        throw new Todo("10.1");
    }

    /** Adds the pairs of {@code ids} to {@code counts} (for text that was split into chunks). */
    public static void countInto(int[] ids, Map<Pair, Integer> counts) {
        throw new Todo("10.1");
    }

    /**
     * The pair with the highest count; among equal counts, the one that comes first in {@code counts}.
     *
     * @throws IllegalArgumentException if there are no pairs at all
     */
    public static Pair mostFrequent(Map<Pair, Integer> counts) {
        throw new Todo("10.1");
    }

    /**
     * {@code ids} with every occurrence of {@code pair} replaced by {@code newId}, scanning left to right:
     * {@code merge([1, 2, 3, 1, 2], (1, 2), 4)} is {@code [4, 3, 4]}, and {@code merge([7, 7, 7], (7, 7), 9)}
     * is {@code [9, 7]}.
     */
    public static int[] merge(int[] ids, Pair pair, int newId) {
        throw new Todo("10.1");
    }
}
