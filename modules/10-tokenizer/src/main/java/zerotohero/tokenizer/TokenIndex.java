package zerotohero.tokenizer;

import java.util.Arrays;
import java.util.Map;

/**
 * A vocabulary read backwards: from a token's bytes to its id, so that a chunk which is itself a token is
 * found with one look-up instead of being merged byte by byte.
 *
 * <p>An open-addressing hash table of {@code long} keys, like {@link MergeTable}, with no object per token.
 * Most chunks are short (" the", ",", " Swift"), and a token of up to 7 bytes is its own key: its bytes and
 * its length packed into one {@code long}, so finding it is one comparison of two numbers, in one cache
 * line. A longer token's key is a 64-bit hash of its bytes with the top bit set (no short key has it), and
 * a match is confirmed by comparing the bytes, which lie back to back in one array.
 */
final class TokenIndex {

    private final long[] slots; // per slot: the key (0: empty), then the id
    private final int mask;
    private final byte[] bytes; // every token's bytes, back to back in id order
    private final int[] starts; // id → where its bytes start; they end where the next id's start

    /** The index of {@code vocab}'s tokens (id → bytes; ids from 0 up). */
    TokenIndex(Map<Integer, byte[]> vocab) {
        int maxId = vocab.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        byte[][] byId = new byte[maxId + 1][];
        vocab.forEach((id, token) -> byId[id] = token);
        starts = new int[maxId + 2];
        for (int id = 0; id <= maxId; id++) {
            starts[id + 1] = starts[id] + (byId[id] == null ? 0 : byId[id].length);
        }
        bytes = new byte[starts[maxId + 1]];
        int capacity = Integer.highestOneBit(Math.max(4, vocab.size() * 2 + 1)) << 1;
        slots = new long[2 * capacity];
        mask = capacity - 1;
        for (int id = 0; id <= maxId; id++) {
            if (byId[id] != null) {
                System.arraycopy(byId[id], 0, bytes, starts[id], byId[id].length);
                long key = key(byId[id], byId[id].length);
                int i = slot(key);
                while (slots[2 * i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = key;
                slots[2 * i + 1] = id;
            }
        }
    }

    /** The id of the token whose bytes are {@code chunk[0, length)}, or −1 if no token has them. */
    int find(byte[] chunk, int length) {
        long key = key(chunk, length);
        for (int i = slot(key);; i = (i + 1) & mask) {
            long k = slots[2 * i];
            if (k == 0) {
                return -1;
            }
            if (k == key) {
                int id = (int) slots[2 * i + 1];
                if (length <= 7 || Arrays.equals(bytes, starts[id], starts[id + 1], chunk, 0, length)) {
                    return id;
                }
            }
        }
    }

    /**
     * Up to 7 bytes: the length, then the bytes, 8 bits each (never 0, since the length is at least 1).
     * Longer: FNV-1a, a 64-bit hash, with the top bit set.
     */
    private static long key(byte[] b, int length) {
        if (length <= 7) {
            long key = length;
            for (int i = 0; i < length; i++) {
                key = key << 8 | (b[i] & 0xFF);
            }
            return key;
        }
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < length; i++) {
            hash = (hash ^ (b[i] & 0xFF)) * 0x100000001B3L;
        }
        return hash | Long.MIN_VALUE;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 29) & mask;
    }
}
