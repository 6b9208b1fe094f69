package zerotohero.tokenizer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every byte-pair tokenizer shares: the merges it learned, the vocabulary they define, special
 * tokens, decoding, and the minbpe file format.
 *
 * <p>Text becomes UTF-8 bytes, so the first 256 token ids are the bytes themselves. Training finds the
 * most frequent pair of neighbouring ids and mints a new id for it, again and again; each such
 * <em>merge</em> is remembered in the order it was learned, and that order is the whole model. The
 * vocabulary (id → bytes) follows from the merges: a merged id stands for its two parts' bytes, joined.
 * Encoding replays the merges, always the earliest-learned pair first; decoding joins the bytes of the ids
 * and reads them as UTF-8.
 *
 * <p>Subclasses decide how text is cut before merging ({@link BasicTokenizer}: not at all;
 * {@link RegexTokenizer}: with a regular expression) and how a chunk's bytes become ids.
 */
public abstract class Tokenizer {

    /** How training and encoding run: the plain loops the lesson explains, or the fast equivalents. */
    public enum Algorithm {
        /** Recount every pair after each merge; rescan a chunk for its best pair after each merge. */
        SIMPLE,
        /** {@link FastTrainer} and {@link FastEncoder}: the same results, without the rescans. */
        FAST
    }

    /** The first line of a minbpe {@code .model} file. */
    static final String MODEL_VERSION = "minbpe v1";

    /** The merges in the order they were learned: pair → the id it was given (256, 257, ...). */
    protected final Map<Pair, Integer> merges = new LinkedHashMap<>();

    /** Special tokens in the order they were registered: text → id, e.g. {@code <|endoftext|>} → 100257. */
    protected final Map<String, Integer> specialTokens = new LinkedHashMap<>();

    /**
     * id → bytes of every ordinary token. minbpe keeps it in step with the merges after training, and
     * adds the special tokens only when a model is loaded; {@link #save} lists exactly what is here, so
     * this class does the same to write the same files.
     */
    protected Map<Integer, byte[]> vocab = new LinkedHashMap<>();

    /** The split pattern, saved in the model file ("" for none). */
    protected String pattern = "";

    private Algorithm algorithm = Algorithm.SIMPLE;
    private MergeTable table;

    protected Tokenizer() {
        vocab = buildVocab(false);
    }

    /**
     * Learns {@code vocabSize − 256} merges from {@code text}.
     *
     * @param verbose print each merge as it is learned
     * @throws IllegalArgumentException if {@code vocabSize} is below 256, or the text runs out of pairs
     */
    public abstract void train(String text, int vocabSize, boolean verbose);

    /** The ids of {@code text}, treating special tokens as ordinary text. */
    public abstract int[] encodeOrdinary(String text);

    /** Chooses the plain or the fast training and encoding loops (the results are the same); SIMPLE by default. */
    public Tokenizer use(Algorithm algorithm) {
        this.algorithm = java.util.Objects.requireNonNull(algorithm, "algorithm");
        return this;
    }

    /** The algorithm in use. */
    public Algorithm algorithm() {
        return algorithm;
    }

    /** The merges, in learned order (read-only). */
    public Map<Pair, Integer> merges() {
        return Collections.unmodifiableMap(merges);
    }

    /** The special tokens, in registration order (read-only). */
    public Map<String, Integer> specialTokens() {
        return Collections.unmodifiableMap(specialTokens);
    }

    /** The vocabulary: id → the bytes it stands for (read-only; see {@link #vocab} for what it holds). */
    public Map<Integer, byte[]> vocab() {
        return Collections.unmodifiableMap(vocab);
    }

    /** The split pattern ("" for a {@link BasicTokenizer}). */
    public String pattern() {
        return pattern;
    }

    /** The bytes of token {@code id}, ordinary or special; throws for an id this tokenizer does not know. */
    public byte[] tokenBytes(int id) {
        byte[] bytes = vocab.get(id);
        if (bytes != null) {
            return bytes;
        }
        for (Map.Entry<String, Integer> e : specialTokens.entrySet()) {
            if (e.getValue() == id) {
                return e.getKey().getBytes(StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException("invalid token id " + id + ": this tokenizer knows the ids 0.."
                + (256 + merges.size() - 1) + (specialTokens.isEmpty() ? "" : " and the special tokens " + specialTokens)
                + "; was it encoded by another tokenizer?");
    }

    // ------------------------------------------------------------------------------------------------
    // Exercise 10.2: training, encoding a chunk, decoding

    /**
     * Trains on {@code chunks} (the text's byte ids, cut into pieces that merges may not cross) with the
     * algorithm chosen by {@link #use}: {@link #learnSimple}, or {@link FastTrainer}.
     */
    protected final void learn(List<int[]> chunks, int vocabSize, boolean verbose) {
        merges.clear();
        vocab = buildVocab(false);
        table = null;
        if (algorithm == Algorithm.FAST) {
            int numMerges = vocabSize - 256;
            for (Pair pair : FastTrainer.learn(chunks, numMerges)) {
                addMerge(pair, -1, numMerges, verbose);
            }
        } else {
            learnSimple(chunks, vocabSize, verbose);
        }
    }

    /**
     * The training loop: starting from the chunks' byte ids, {@code vocabSize − 256} times count the pairs
     * over all chunks (a pair never spans two chunks), take the most frequent (ties: first seen), record it
     * with {@link #addMerge} (which gives it the next id), and replace it in every chunk.
     *
     * @throws IllegalArgumentException if {@code vocabSize} is below 256, or the chunks run out of pairs
     */
    protected void learnSimple(List<int[]> chunks, int vocabSize, boolean verbose) {
        if (vocabSize < 256) {
            throw vocabTooSmall(vocabSize);
        }
        int numMerges = vocabSize - 256;
        List<int[]> ids = new ArrayList<>(chunks);
        for (int i = 0; i < numMerges; i++) {
            Map<Pair, Integer> stats = new LinkedHashMap<>();
            for (int[] chunk : ids) {
                BytePairs.countInto(chunk, stats);
            }
            if (stats.isEmpty()) {
                throw outOfPairs(i, numMerges);
            }
            Pair pair = BytePairs.mostFrequent(stats);
            int idx = addMerge(pair, stats.get(pair), numMerges, verbose);
            for (int c = 0; c < ids.size(); c++) {
                ids.set(c, BytePairs.merge(ids.get(c), pair, idx));
            }
        }
    }

    /** The error for a vocabulary smaller than the 256 byte tokens. */
    static IllegalArgumentException vocabTooSmall(int vocabSize) {
        return new IllegalArgumentException("vocabSize " + vocabSize + " is below 256: the 256 byte values are always "
                + "tokens, so a vocabulary has at least 256 entries; ask for 256 + the number of merges you want");
    }

    /** The error for a text that has no pair left to merge. */
    static IllegalArgumentException outOfPairs(int done, int wanted) {
        return new IllegalArgumentException("the text ran out of pairs after " + done + " of " + wanted
                + " merges (every chunk is a single token now); train on a longer text or ask for a smaller vocabSize");
    }

    /**
     * Records the next merge: {@code pair} gets id 256 + (merges so far), and its bytes (its parts' bytes
     * joined) go into the vocabulary. Returns the new id.
     *
     * @param count how often the pair occurred, for the verbose line (−1: not known)
     */
    protected final int addMerge(Pair pair, int count, int numMerges, boolean verbose) {
        int idx = 256 + merges.size();
        merges.put(pair, idx);
        vocab.put(idx, concat(vocab.get(pair.first()), vocab.get(pair.second())));
        table = null;
        if (verbose) {
            System.out.printf("merge %d/%d: %s -> %d [%s]%s%n", idx - 255, numMerges, pair, idx,
                    renderToken(vocab.get(idx)), count < 0 ? "" : " had " + count + " occurrences");
        }
        return idx;
    }

    /** The ids of one chunk given its byte ids, with the algorithm chosen by {@link #use}. */
    protected int[] encodeChunk(int[] ids) {
        return algorithm == Algorithm.FAST ? FastEncoder.encode(ids, mergeTable()) : mergeChunk(ids);
    }

    /**
     * Encodes one chunk the simple way: keep merging the pair that was learned earliest (the lowest merge
     * id) among the pairs present, until no pair present has a merge. Training's order is replayed, so
     * the result is the sequence training would have produced.
     */
    protected int[] mergeChunk(int[] ids) {
        while (ids.length >= 2) {
            Pair best = null;
            int bestIdx = Integer.MAX_VALUE;
            for (Pair pair : BytePairs.counts(ids).keySet()) {
                Integer idx = merges.get(pair);
                if (idx != null && idx < bestIdx) {
                    best = pair;
                    bestIdx = idx;
                }
            }
            if (best == null) {
                break; // nothing left that was ever merged
            }
            ids = BytePairs.merge(ids, best, bestIdx);
        }
        return ids;
    }

    /**
     * The text of {@code ids}: the bytes of every id joined, then read as UTF-8 once, at the end, because a
     * character's bytes may be spread over several tokens. Ill-formed bytes become U+FFFD; special ids
     * give their text.
     *
     * @throws IllegalArgumentException for an id this tokenizer does not know
     */
    public String decode(int[] ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(ids.length * 4);
        for (int id : ids) {
            bytes.writeBytes(tokenBytes(id));
        }
        return Utf8.decode(bytes.toByteArray());
    }

    // ------------------------------------------------------------------------------------------------
    // Exercise 10.3: special tokens

    /**
     * The ids of {@code text}, which must not contain any special token: special tokens written into a
     * text by a user would otherwise act on the model (end a document, switch roles), so finding one is an
     * error here, as it is in tiktoken.
     *
     * @throws IllegalArgumentException naming the special token found
     */
    public int[] encode(String text) {
        String found = null;
        int at = Integer.MAX_VALUE;
        for (String special : specialTokens.keySet()) {
            int i = text.indexOf(special);
            if (i >= 0 && i < at) {
                found = special;
                at = i;
            }
        }
        if (found != null) {
            throw new IllegalArgumentException("the text contains the special token " + found + " (at index " + at
                    + "); to encode it as id " + specialTokens.get(found) + " pass it in allowedSpecial, "
                    + "or use encodeOrdinary to encode it as plain text");
        }
        return encodeOrdinary(text);
    }

    /**
     * The ids of {@code text}, where each special token named in {@code allowedSpecial} becomes its one id
     * and is never split or merged with its neighbours; other special tokens are plain text.
     *
     * @throws IllegalArgumentException if {@code allowedSpecial} names a token that is not registered
     */
    public int[] encode(String text, Set<String> allowedSpecial) {
        List<String> allowed = new ArrayList<>();
        for (String name : allowedSpecial) {
            if (!specialTokens.containsKey(name)) {
                throw new IllegalArgumentException("allowedSpecial names " + name + ", which is not a special token "
                        + "of this tokenizer; its special tokens are " + specialTokens.keySet());
            }
        }
        for (String special : specialTokens.keySet()) { // registration order, as minbpe's alternation
            if (allowedSpecial.contains(special)) {
                allowed.add(Pattern.quote(special));
            }
        }
        if (allowed.isEmpty()) {
            return encodeOrdinary(text);
        }
        Matcher m = Pattern.compile(String.join("|", allowed)).matcher(text);
        IdList ids = new IdList(text.length());
        int from = 0;
        while (m.find()) {
            ids.addAll(encodeOrdinary(text.substring(from, m.start())));
            ids.add(specialTokens.get(m.group()));
            from = m.end();
        }
        ids.addAll(encodeOrdinary(text.substring(from)));
        return ids.toArray();
    }

    // ------------------------------------------------------------------------------------------------
    // Exercise 10.5: minbpe's files

    /**
     * Writes {@code prefix.model} (what {@link #load} reads) and {@code prefix.vocab} (for people), in
     * minbpe's format, byte for byte.
     *
     * <pre>
     * prefix.model                      prefix.vocab
     *   minbpe v1                         [\u0000] 0
     *   &lt;the split pattern, or empty&gt;     ...
     *   &lt;number of special tokens&gt;        [e][ ] -> [e ] 256
     *   &lt;special&gt; &lt;id&gt;   (one per line)     [t][h] -> [th] 257
     *   &lt;first&gt; &lt;second&gt;  (one per merge)
     * </pre>
     */
    public void save(Path prefix) {
        StringBuilder model = new StringBuilder();
        model.append(MODEL_VERSION).append('\n');
        model.append(pattern).append('\n');
        model.append(specialTokens.size()).append('\n');
        specialTokens.forEach((special, id) -> model.append(special).append(' ').append(id).append('\n'));
        for (Pair pair : merges.keySet()) {
            model.append(pair.first()).append(' ').append(pair.second()).append('\n');
        }
        Map<Integer, Pair> parents = new LinkedHashMap<>();
        merges.forEach((pair, idx) -> parents.put(idx, pair));
        StringBuilder lines = new StringBuilder();
        vocab.forEach((idx, token) -> {
            String s = renderToken(token);
            Pair parts = parents.get(idx);
            if (parts != null) {
                lines.append('[').append(renderToken(vocab.get(parts.first()))).append("][")
                        .append(renderToken(vocab.get(parts.second()))).append("] -> [").append(s).append("] ")
                        .append(idx).append('\n');
            } else {
                lines.append('[').append(s).append("] ").append(idx).append('\n');
            }
        });
        write(Path.of(prefix + ".model"), model.toString());
        write(Path.of(prefix + ".vocab"), lines.toString());
    }

    /**
     * Reads a minbpe {@code .model} file: the pattern, the special tokens, and the merges, which get ids
     * 256, 257, ... in file order. Rebuilds the vocabulary, special tokens included.
     *
     * @throws IllegalArgumentException if the file is not a minbpe v1 model, with the line at fault
     */
    public void load(Path modelFile) {
        if (!modelFile.getFileName().toString().endsWith(".model")) {
            throw new IllegalArgumentException(modelFile + " is not a .model file: pass the file save() wrote "
                    + "as prefix.model (the .vocab file is for reading only and cannot be loaded)");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(modelFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + modelFile, e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals(MODEL_VERSION)) {
            throw new IllegalArgumentException(modelFile + " line 1: expected \"" + MODEL_VERSION + "\" but found "
                    + (lines.isEmpty() ? "an empty file" : "\"" + lines.get(0) + "\"") + ": not a minbpe model file");
        }
        if (lines.size() < 3) {
            throw new IllegalArgumentException(modelFile + " ends after line " + lines.size()
                    + ": a model has a version, a pattern and a count of special tokens");
        }
        String newPattern = lines.get(1).strip();
        int numSpecial = number(modelFile, 3, lines.get(2).strip());
        Map<String, Integer> specials = new LinkedHashMap<>();
        int line = 3;
        for (int s = 0; s < numSpecial; s++, line++) {
            String[] parts = line < lines.size() ? lines.get(line).strip().split("\\s+") : new String[0];
            if (parts.length != 2) {
                throw new IllegalArgumentException(modelFile + " line " + (line + 1) + ": expected \"<special> <id>\" ("
                        + numSpecial + " special tokens were announced) but found "
                        + (line < lines.size() ? "\"" + lines.get(line) + "\"" : "the end of the file"));
            }
            specials.put(parts[0], number(modelFile, line + 1, parts[1]));
        }
        Map<Pair, Integer> newMerges = new LinkedHashMap<>();
        int idx = 256;
        for (; line < lines.size(); line++) {
            String[] parts = lines.get(line).strip().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException(modelFile + " line " + (line + 1)
                        + ": expected a merge \"<id> <id>\" but found \"" + lines.get(line) + "\"");
            }
            int a = number(modelFile, line + 1, parts[0]);
            int b = number(modelFile, line + 1, parts[1]);
            if (a < 0 || b < 0 || a >= idx || b >= idx) {
                throw new IllegalArgumentException(modelFile + " line " + (line + 1) + ": the merge " + a + " " + b
                        + " refers to an id that does not exist yet (merge " + idx + " may only use ids 0.." + (idx - 1) + ")");
            }
            newMerges.put(new Pair(a, b), idx++);
        }
        pattern = newPattern;
        merges.clear();
        merges.putAll(newMerges);
        specialTokens.clear();
        specialTokens.putAll(specials);
        vocab = buildVocab(true);
        table = null;
    }

    private static int number(Path file, int line, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + " line " + line + ": expected a whole number but found \"" + text + "\"");
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Given helpers

    /**
     * The vocabulary the merges define: the 256 bytes, each merged id as its parts' bytes joined, and,
     * when {@code withSpecials}, each special token's UTF-8 bytes.
     */
    protected Map<Integer, byte[]> buildVocab(boolean withSpecials) {
        Map<Integer, byte[]> v = new LinkedHashMap<>();
        for (int b = 0; b < 256; b++) {
            v.put(b, new byte[] {(byte) b});
        }
        merges.forEach((pair, idx) -> v.put(idx, concat(v.get(pair.first()), v.get(pair.second()))));
        if (withSpecials) {
            specialTokens.forEach((special, idx) -> v.put(idx, special.getBytes(StandardCharsets.UTF_8)));
        }
        return v;
    }

    /** The merges as a fast lookup table (built on first use, dropped when the merges change). */
    protected MergeTable mergeTable() {
        if (table == null) {
            table = new MergeTable(merges);
        }
        return table;
    }

    /** Forget the lookup table after changing {@link #merges} directly. */
    protected void mergesChanged() {
        table = null;
    }

    /**
     * A token made printable, as minbpe's .vocab file shows it: the bytes read as UTF-8 (ill-formed parts
     * become U+FFFD), and every control, format, surrogate, private-use or unassigned character written as
     * {@code \}{@code uXXXX} (lower-case hex, at least four digits) so that a newline does not break the line.
     */
    public static String renderToken(byte[] token) {
        String s = Utf8.decode(token);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean other = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
            if (other) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
