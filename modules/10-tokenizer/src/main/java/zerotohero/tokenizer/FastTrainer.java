package zerotohero.tokenizer;

import java.util.List;
import zerotohero.kit.Todo;

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

    /**
     * The first {@code numMerges} merges the simple loop would learn from {@code chunks}, in order; merge
     * {@code i} of the list gets id 256 + i.
     *
     * @throws IllegalArgumentException if {@code numMerges} is negative (use {@link Tokenizer#vocabTooSmall}),
     *         or the chunks run out of pairs first ({@link Tokenizer#outOfPairs})
     */
    public static List<Pair> learn(List<int[]> chunks, int numMerges) {
        throw new Todo("10.6");
    }
}
