package zerotohero.tensors;

import java.util.Arrays;
import zerotohero.kit.Todo;

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
        throw new Todo("01.1");
    }
}
