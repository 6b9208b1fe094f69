package zerotohero.tensors;

import java.util.Arrays;

/**
 * The broadcasting rules, which decide whether two tensors of different shapes can meet in an element-wise
 * operation, and what shape the result has.
 *
 * <ol>
 *   <li>Line the two shapes up on the right: the last dimensions pair up, then the ones before, and so on.</li>
 *   <li>Where one shape is shorter, the missing dimensions count as 1.</li>
 *   <li>Each pair of sizes must be equal, or one of them must be 1.</li>
 *   <li>The result takes the larger size of each pair: a size of 1 is stretched (repeated) to match.</li>
 * </ol>
 * Otherwise the shapes do not broadcast, and that is an error, never a guess.
 */
public final class Broadcast {

    private Broadcast() {
    }

    /**
     * The shape of {@code a ⊕ b} for any element-wise ⊕.
     *
     * @throws IllegalArgumentException if the shapes do not broadcast; the message names both shapes, the
     *     dimension (counted from the left of the result) and the two sizes that clash
     */
    public static long[] resultShape(long[] a, long[] b) {
        int rank = Math.max(a.length, b.length);
        long[] result = new long[rank];
        for (int i = 1; i <= rank; i++) {
            long da = i <= a.length ? a[a.length - i] : 1;
            long db = i <= b.length ? b[b.length - i] : 1;
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException("shapes " + Arrays.toString(a) + " and " + Arrays.toString(b)
                        + " do not broadcast: dimension " + (rank - i) + " (aligned on the right) has sizes "
                        + da + " vs " + db + "; sizes must be equal or one of them 1");
            }
            result[rank - i] = Math.max(da, db);
        }
        return result;
    }
}
