package zerotohero.kit.data;

import java.util.List;

/**
 * A dataset cut into three parts: <b>train</b> (fit the parameters), <b>dev</b> (also called validation:
 * choose hyperparameters and compare models) and <b>test</b> (measure once, at the end).
 *
 * <p>{@link #at(List, double, double)} cuts where the lectures do: {@code n1 = int(0.8 * len(words))},
 * {@code n2 = int(0.9 * len(words))}, so 32,033 shuffled names split at 25,626 and 28,829. Shuffle first
 * (with {@link PythonRandom} to reproduce the lectures' split): names.txt is sorted by popularity, and an
 * unshuffled split would train on common names and test on rare ones.
 *
 * @param train the first part
 * @param dev   the middle part
 * @param test  the last part
 * @param <T>   the kind of item
 */
public record Split<T>(List<T> train, List<T> dev, List<T> test) {

    public Split {
        train = List.copyOf(train);
        dev = List.copyOf(dev);
        test = List.copyOf(test);
    }

    /**
     * Cuts a list at two fractions of its length: {@code at(words, 0.8, 0.9)} gives 80% / 10% / 10%.
     *
     * @param devStart  where dev begins, as a fraction of the whole
     * @param testStart where test begins, as a fraction of the whole
     */
    public static <T> Split<T> at(List<T> items, double devStart, double testStart) {
        if (!(0 <= devStart && devStart <= testStart && testStart <= 1)) {
            throw new IllegalArgumentException("a split needs 0 <= devStart <= testStart <= 1, got devStart="
                    + devStart + ", testStart=" + testStart);
        }
        int n1 = cut(items.size(), devStart);
        int n2 = cut(items.size(), testStart);
        return new Split<>(items.subList(0, n1), items.subList(n1, n2), items.subList(n2, items.size()));
    }

    /**
     * Where a fraction of a length falls, rounded down like Python's {@code int(fraction * length)}; e.g.
     * the 90/10 split of Tiny Shakespeare's 1,115,394 characters is at {@code cut(1115394, 0.9)} = 1,003,854.
     */
    public static int cut(int length, double fraction) {
        if (!(0 <= fraction && fraction <= 1)) {
            throw new IllegalArgumentException("a fraction must be between 0 and 1, got " + fraction);
        }
        return (int) (fraction * length);
    }
}
