package zerotohero.tokenizer;

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

    /** The ids of one chunk given its byte ids; equal to {@link Tokenizer}'s simple loop. */
    static int[] encode(int[] ids, MergeTable merges) {
        int n = ids.length;
        if (n < 2) {
            return ids;
        }
        if (n == 2) {
            int m = merges.get(ids[0], ids[1]);
            return m < 0 ? ids : new int[] {m};
        }
        int[] tok = ids.clone();
        int[] next = new int[n];
        int[] prev = new int[n];
        long[] heap = new long[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            next[i] = i + 1 < n ? i + 1 : -1;
            prev[i] = i - 1;
        }
        for (int i = 0; i + 1 < n; i++) {
            int m = merges.get(tok[i], tok[i + 1]);
            if (m >= 0) {
                size = push(heap, size, entry(m, i));
            }
        }
        int count = n;
        while (size > 0) {
            long top = heap[0];
            size = pop(heap, size);
            int rank = (int) (top >>> 32);
            int pos = (int) top;
            int right = tok[pos] < 0 ? -1 : next[pos];
            if (right < 0 || merges.get(tok[pos], tok[right]) != rank) {
                continue; // a merge since this entry was pushed changed the pair at pos
            }
            tok[pos] = rank;
            tok[right] = -1; // unlinked
            int after = next[right];
            next[pos] = after;
            if (after >= 0) {
                prev[after] = pos;
            }
            count--;
            if (heap.length < size + 2) {
                heap = java.util.Arrays.copyOf(heap, heap.length * 2);
            }
            int before = prev[pos];
            if (before >= 0) {
                int m = merges.get(tok[before], rank);
                if (m >= 0) {
                    size = push(heap, size, entry(m, before));
                }
            }
            if (after >= 0) {
                int m = merges.get(rank, tok[after]);
                if (m >= 0) {
                    size = push(heap, size, entry(m, pos));
                }
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i >= 0; i = next[i]) {
            out[k++] = tok[i];
        }
        return out;
    }

    private static long entry(int rank, int pos) {
        return (long) rank << 32 | pos;
    }

    private static int push(long[] heap, int size, long value) {
        int i = size;
        heap[i] = value;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= value) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = value;
        return size + 1;
    }

    private static int pop(long[] heap, int size) {
        size--;
        long last = heap[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= last) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        if (size > 0) {
            heap[i] = last;
        }
        return size;
    }
}
