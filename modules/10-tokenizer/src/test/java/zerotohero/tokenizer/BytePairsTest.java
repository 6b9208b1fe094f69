package zerotohero.tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

@Exercise("10.1")
@DisplayName("10.1 pair counts and merge")
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class BytePairsTest {

    private static final String FIRST_SEEN = "Ties must go to the pair seen first in the text: count into a LinkedHashMap "
            + "(a HashMap iterates in hash order, which has nothing to do with the text), and keep the first maximum "
            + "(compare with >, not >=).";

    @Test
    @DisplayName("counts: [1, 2, 3, 1, 2] has (1, 2) twice, (2, 3) and (3, 1) once")
    void counts() {
        Map<Pair, Integer> counts = BytePairs.counts(new int[] {1, 2, 3, 1, 2});
        Map<Pair, Integer> expected = new LinkedHashMap<>();
        expected.put(new Pair(1, 2), 2);
        expected.put(new Pair(2, 3), 1);
        expected.put(new Pair(3, 1), 1);
        Expect.equal("counts of [1, 2, 3, 1, 2]", counts, expected,
                "Each position i with a neighbour i + 1 is one occurrence of (ids[i], ids[i + 1]).");
        Expect.equal("counts of a single id", BytePairs.counts(new int[] {7}), Map.of(), "One id has no neighbour.");
        Expect.equal("counts of nothing", BytePairs.counts(new int[0]), Map.of(), "");
    }

    @Test
    @DisplayName("counts keep the order in which pairs are first seen")
    void countsInFirstSeenOrder() {
        int[] ids = {200, 100, 50, 7, 1000, 3, 200, 100};
        List<Pair> order = new ArrayList<>(BytePairs.counts(ids).keySet());
        List<Pair> expected = List.of(new Pair(200, 100), new Pair(100, 50), new Pair(50, 7), new Pair(7, 1000),
                new Pair(1000, 3), new Pair(3, 200));
        Expect.equal("order of the pairs of " + Arrays.toString(ids), order, expected, FIRST_SEEN);
    }

    @Test
    @DisplayName("countInto adds to counts that are already there")
    void countInto() {
        Map<Pair, Integer> counts = BytePairs.counts(new int[] {1, 2});
        BytePairs.countInto(new int[] {2, 1, 2}, counts);
        Expect.equal("(1, 2) after counting [1, 2] and then [2, 1, 2]", counts.get(new Pair(1, 2)), 2,
                "countInto adds one per occurrence to the map it is given (merge(pair, 1, Integer::sum)).");
        Expect.equal("(2, 1) after counting [1, 2] and then [2, 1, 2]", counts.get(new Pair(2, 1)), 1,
                "Pairs never span two sequences: (2, 2) across the boundary must not be counted.");
        Expect.that(!counts.containsKey(new Pair(2, 2)), "countInto counted (2, 2), which spans the end of [1, 2] and the "
                + "start of [2, 1, 2]: each call counts the pairs inside its own sequence only.");
    }

    @Test
    @DisplayName("mostFrequent: the highest count, ties to the pair seen first")
    void mostFrequent() {
        Expect.equal("most frequent pair of [1, 2, 3, 1, 2]", BytePairs.mostFrequent(BytePairs.counts(new int[] {1, 2, 3, 1, 2})),
                new Pair(1, 2), "");
        // Every pair occurs once; a HashMap would list them in hash order, which starts elsewhere.
        int[] ids = {200, 100, 50, 7, 1000, 3};
        Map<Pair, Integer> counts = BytePairs.counts(ids);
        Pair hashFirst = new HashMap<>(counts).keySet().iterator().next();
        Expect.that(!hashFirst.equals(new Pair(200, 100)), "test set-up: the hash order should differ from the text order");
        Expect.equal("most frequent pair of " + Arrays.toString(ids) + " (all tied)", BytePairs.mostFrequent(counts),
                new Pair(200, 100), FIRST_SEEN);
        Map<Pair, Integer> late = new LinkedHashMap<>();
        late.put(new Pair(5, 6), 3);
        late.put(new Pair(1, 2), 3);
        late.put(new Pair(9, 9), 1);
        Expect.equal("most frequent of {(5, 6)=3, (1, 2)=3, (9, 9)=1}", BytePairs.mostFrequent(late), new Pair(5, 6), FIRST_SEEN);
    }

    @Test
    @DisplayName("mostFrequent of no pairs is an error that says so")
    void mostFrequentOfNothing() {
        try {
            BytePairs.mostFrequent(Map.of());
        } catch (IllegalArgumentException e) {
            return;
        }
        Expect.that(false, "mostFrequent(empty map) should throw IllegalArgumentException: there is no pair to merge, "
                + "and returning null would fail later with a NullPointerException far from the cause.");
    }

    @Test
    @DisplayName("merge replaces every occurrence, left to right, without overlaps")
    void merge() {
        Expect.equal("merge([1, 2, 3, 1, 2], (1, 2), 4)", Arrays.toString(BytePairs.merge(new int[] {1, 2, 3, 1, 2}, new Pair(1, 2), 4)),
                "[4, 3, 4]", "Replace each occurrence of the pair by the new id and skip both of its ids.");
        Expect.equal("merge([7, 7, 7], (7, 7), 9)", Arrays.toString(BytePairs.merge(new int[] {7, 7, 7}, new Pair(7, 7), 9)),
                "[9, 7]", "After merging at i, continue at i + 2: an id cannot be used by two merges.");
        Expect.equal("merge([7, 7, 7, 7], (7, 7), 9)", Arrays.toString(BytePairs.merge(new int[] {7, 7, 7, 7}, new Pair(7, 7), 9)),
                "[9, 9]", "");
        Expect.equal("merge([1, 2, 1], (2, 2), 9)", Arrays.toString(BytePairs.merge(new int[] {1, 2, 1}, new Pair(2, 2), 9)),
                "[1, 2, 1]", "A pair that does not occur changes nothing.");
        Expect.equal("merge([5, 1], (1, 2), 9)", Arrays.toString(BytePairs.merge(new int[] {5, 1}, new Pair(1, 2), 9)),
                "[5, 1]", "The last id has no right neighbour: check i + 1 < length before looking at ids[i + 1].");
        Expect.equal("merge([], (1, 2), 9)", Arrays.toString(BytePairs.merge(new int[0], new Pair(1, 2), 9)), "[]", "");
    }
}
