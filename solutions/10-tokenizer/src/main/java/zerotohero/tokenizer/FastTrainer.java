package zerotohero.tokenizer;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the same merges as the simple training loop, without recounting every pair after each merge.
 *
 * <p>Three ideas, the ones production trainers use:
 * <ol>
 *   <li><b>Identical chunks are trained once.</b> After regex splitting a text is mostly repeats
 *       (" the" thousands of times): each distinct chunk is stored once with its number of occurrences,
 *       and every count it contributes is multiplied by that weight.</li>
 *   <li><b>Counts are updated, not recounted.</b> Merging (a, b) at one place only changes the pairs that
 *       touch it: (x, a) and (b, y) disappear, (x, ab) and (ab, y) appear. The tokens form linked lists,
 *       so a merge unlinks one node, and each pair keeps the positions where it occurs, so a merge visits
 *       only the places it changes.</li>
 *   <li><b>A priority queue finds the best pair.</b> Keyed by (count, first position): the highest count
 *       wins and, among equal counts, the pair that occurs earliest in the text — exactly the pair that the
 *       simple loop's first-seen order picks. Entries are never updated in place: a pair whose count
 *       changes is pushed again, and popped entries that no longer match their pair are dropped.</li>
 * </ol>
 * The earliest position of a pair can move right when its first occurrence disappears. Recomputing it at
 * every such event would be slow, so the stored position is allowed to be too early (a lower bound, marked
 * stale) and is only recomputed when that pair reaches the top of the queue; an entry whose position is
 * too early can only be popped too soon, never too late, so nothing is missed.
 */
public final class FastTrainer {

    private FastTrainer() {
    }

    /** One pair's bookkeeping. */
    private static final class Stat {
        final int id;
        final int first;
        final int second;
        int count;
        boolean touched;
        int firstPos = Integer.MAX_VALUE;
        boolean stale;
        int[] positions = new int[4];
        int size;

        Stat(int id, int first, int second) {
            this.id = id;
            this.first = first;
            this.second = second;
        }

        long key() {
            return (long) (Integer.MAX_VALUE - count) << 32 | firstPos;
        }
    }

    private final static class Heap {
        long[] keys = new long[1024];
        int[] values = new int[1024];
        int size;

        void push(long key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                values[i] = values[parent];
                i = parent;
            }
            keys[i] = key;
            values[i] = value;
        }

        /** Removes the top; read keys[0] and values[0] first. */
        void pop() {
            size--;
            long key = keys[size];
            int value = values[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                values[i] = values[child];
                i = child;
            }
            keys[i] = key;
            values[i] = value;
        }
    }

    private int[] tok;
    private int[] next;
    private int[] prev;
    private int[] weight;
    private final PairIndex index = new PairIndex();
    private final List<Stat> stats = new ArrayList<>();
    private final List<Stat> touched = new ArrayList<>();

    /**
     * The first {@code numMerges} merges the simple loop would learn from {@code chunks}, in order; merge
     * {@code i} of the list gets id 256 + i.
     *
     * @throws IllegalArgumentException if the chunks run out of pairs first
     */
    public static List<Pair> learn(List<int[]> chunks, int numMerges) {
        if (numMerges < 0) {
            throw Tokenizer.vocabTooSmall(256 + numMerges);
        }
        return new FastTrainer().run(chunks, numMerges);
    }

    private List<Pair> run(List<int[]> chunks, int numMerges) {
        // Distinct chunks, in order of first appearance: then a position in this layout orders pairs the way
        // the simple loop first sees them.
        Map<IntBuffer, Integer> distinct = new LinkedHashMap<>();
        for (int[] chunk : chunks) {
            distinct.merge(IntBuffer.wrap(chunk), 1, Integer::sum);
        }
        int total = 0;
        for (IntBuffer c : distinct.keySet()) {
            total += c.remaining();
        }
        tok = new int[total];
        next = new int[total];
        prev = new int[total];
        weight = new int[total];
        int at = 0;
        for (Map.Entry<IntBuffer, Integer> e : distinct.entrySet()) {
            IntBuffer c = e.getKey();
            int n = c.remaining();
            for (int i = 0; i < n; i++) {
                tok[at + i] = c.get(c.position() + i);
                next[at + i] = i + 1 < n ? at + i + 1 : -1;
                prev[at + i] = i > 0 ? at + i - 1 : -1;
                weight[at + i] = e.getValue();
            }
            at += n;
        }
        for (int i = 0; i < total; i++) {
            if (next[i] >= 0) {
                add(tok[i], tok[next[i]], i, weight[i]);
            }
        }
        Heap heap = new Heap();
        for (int s = 0; s < stats.size(); s++) {
            heap.push(stats.get(s).key(), s);
        }
        for (Stat s : touched) {
            s.touched = false;
        }
        touched.clear();

        List<Pair> merges = new ArrayList<>(numMerges);
        for (int m = 0; m < numMerges; m++) {
            Stat best = null;
            while (heap.size > 0) {
                long key = heap.keys[0];
                Stat s = stats.get(heap.values[0]);
                heap.pop();
                if (s.count <= 0 || key != s.key()) {
                    continue; // an old entry: the pair changed since
                }
                if (s.stale) {
                    refreshFirstPos(s);
                    heap.push(s.key(), s.id);
                    continue;
                }
                best = s;
                break;
            }
            if (best == null) {
                throw Tokenizer.outOfPairs(m, numMerges);
            }
            int newId = 256 + m;
            merges.add(new Pair(best.first, best.second));
            mergeEverywhere(best, newId);
            for (Stat s : touched) {
                s.touched = false;
                if (s.count > 0) {
                    heap.push(s.key(), s.id);
                }
            }
            touched.clear();
        }
        return merges;
    }

    private void mergeEverywhere(Stat pair, int newId) {
        int a = pair.first;
        int b = pair.second;
        int[] positions = Arrays.copyOf(pair.positions, pair.size);
        Arrays.sort(positions); // left to right, as BytePairs.merge replaces overlapping occurrences
        for (int p : positions) {
            int q = next[p];
            if (tok[p] != a || q < 0 || tok[q] != b) {
                continue; // gone: an earlier merge in this loop used one of its tokens
            }
            int w = weight[p];
            int before = prev[p];
            int after = next[q];
            if (before >= 0) {
                remove(tok[before], a, before, w);
            }
            remove(a, b, p, w);
            if (after >= 0) {
                remove(b, tok[after], q, w);
            }
            tok[p] = newId;
            tok[q] = -1;
            next[p] = after;
            if (after >= 0) {
                prev[after] = p;
            }
            if (before >= 0) {
                add(tok[before], newId, before, w);
            }
            if (after >= 0) {
                add(newId, tok[after], p, w);
            }
        }
        pair.size = 0;
    }

    private static long key(int first, int second) {
        return (long) first << 32 | (second & 0xFFFFFFFFL);
    }

    private Stat stat(int first, int second) {
        long k = key(first, second);
        int i = index.get(k);
        if (i < 0) {
            i = stats.size();
            index.put(k, i);
            stats.add(new Stat(i, first, second));
        }
        return stats.get(i);
    }

    /** Pair (packed into a long) → its index in {@code stats}: open addressing, no boxing. */
    private static final class PairIndex {
        private long[] keys = new long[1 << 12];
        private int[] values = new int[1 << 12];
        private int size;

        PairIndex() {
            Arrays.fill(keys, -1L);
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 31) & mask;
        }

        int get(long key) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] != -1L) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        void put(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                long[] oldKeys = keys;
                int[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new int[oldKeys.length * 2];
                Arrays.fill(keys, -1L);
                size = 0;
                for (int j = 0; j < oldKeys.length; j++) {
                    if (oldKeys[j] != -1L) {
                        put(oldKeys[j], oldValues[j]);
                    }
                }
            }
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] != -1L && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == -1L) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }
    }

    private void add(int first, int second, int pos, int w) {
        Stat s = stat(first, second);
        s.count += w;
        if (s.size == s.positions.length) {
            s.positions = Arrays.copyOf(s.positions, s.size * 2);
        }
        s.positions[s.size++] = pos;
        if (pos < s.firstPos) {
            s.firstPos = pos;
        }
        touch(s);
    }

    private void remove(int first, int second, int pos, int w) {
        Stat s = stat(first, second);
        s.count -= w;
        if (pos == s.firstPos) {
            s.stale = true; // the earliest occurrence is gone; the next one is found when it matters
        }
        touch(s);
    }

    private void touch(Stat s) {
        if (!s.touched) {
            s.touched = true;
            touched.add(s);
        }
    }

    /** The pair's true earliest position, dropping the positions where it no longer occurs. */
    private void refreshFirstPos(Stat s) {
        int kept = 0;
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < s.size; i++) {
            int p = s.positions[i];
            int q = next[p];
            if (tok[p] == s.first && q >= 0 && tok[q] == s.second) {
                s.positions[kept++] = p;
                min = Math.min(min, p);
            }
        }
        s.size = kept;
        s.firstPos = min;
        s.stale = false;
    }
}
