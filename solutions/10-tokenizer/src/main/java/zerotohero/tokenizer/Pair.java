package zerotohero.tokenizer;

/**
 * Two neighbouring token ids, the unit byte-pair encoding counts and merges: in {@code [104, 105, 33]}
 * the pairs are (104, 105) and (105, 33).
 *
 * @param first the left token's id
 * @param second the right token's id
 */
public record Pair(int first, int second) {

    @Override
    public String toString() {
        return "(" + first + ", " + second + ")";
    }
}
