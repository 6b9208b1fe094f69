package zerotohero.tokenizer;

import java.util.Map;

/**
 * The merges as an open-addressing hash table from a pair of ids to the merged id, with both ids packed
 * into one {@code long}: no {@link Pair} object and no boxed Integer per lookup, which is most of the
 * cost of encoding with a {@code Map<Pair, Integer>}.
 */
final class MergeTable {

    private static final long EMPTY = -1L;

    private final long[] keys;
    private final int[] values;
    private final int mask;

    MergeTable(Map<Pair, Integer> merges) {
        int capacity = Integer.highestOneBit(Math.max(4, merges.size() * 2 + 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        java.util.Arrays.fill(keys, EMPTY);
        merges.forEach((pair, idx) -> put(key(pair.first(), pair.second()), idx));
    }

    private static long key(int first, int second) {
        return (long) first << 32 | (second & 0xFFFFFFFFL);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 29) & mask;
    }

    private void put(long key, int value) {
        int i = slot(key);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** The id that {@code (first, second)} merges into, or −1 if the pair was never merged. */
    int get(int first, int second) {
        long key = key(first, second);
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }
}
