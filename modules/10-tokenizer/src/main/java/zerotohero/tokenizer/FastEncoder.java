package zerotohero.tokenizer;

import zerotohero.kit.Todo;

/**
 * Encodes a chunk without rescanning it after every merge.
 *
 * <p>The simple loop looks at every pair of the chunk to find the earliest-learned one, merges it, and
 * looks at every pair again: quadratic in the chunk's length. Here the tokens form a doubly linked list
 * (merging two neighbours unlinks one node, with no copying) and the mergeable pairs sit in a min-heap
 * keyed by (merge id, position). Popping the heap gives the pair the simple loop would pick; a merge only
 * creates the two pairs around the new token, which are pushed; entries that a merge made obsolete are
 * recognised when popped (the pair at that position is no longer the one recorded) and skipped. So a
 * chunk of n bytes costs O(n log n).
 *
 * <p>The order is the same as the simple loop's: the lowest merge id first, and for several occurrences of
 * that pair, left to right — which is how {@link BytePairs#merge} replaces them, overlapping ones included.
 */
public final class FastEncoder {

    private FastEncoder() {
    }

    /**
     * The ids of one chunk given its byte ids; equal to {@link Tokenizer}'s simple loop.
     * {@code merges.get(first, second)} is the id a pair merges into, or −1.
     */
    static int[] encode(int[] ids, MergeTable merges) {
        throw new Todo("10.6");
    }
}
