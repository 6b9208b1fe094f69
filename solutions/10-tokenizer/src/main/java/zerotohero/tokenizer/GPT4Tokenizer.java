package zerotohero.tokenizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zerotohero.kit.data.Datasets;

/**
 * The GPT-4 tokenizer, cl100k_base, rebuilt as a {@link RegexTokenizer}: the same split pattern, merges
 * recovered from OpenAI's published token ranks, and one historical quirk, a shuffle of the byte tokens.
 *
 * <p>cl100k_base.tiktoken lists each token's bytes with its rank (0..100255), not the merges: tiktoken
 * encodes by repeatedly merging the adjacent pair whose joined bytes have the lowest rank. To get merges
 * back, run that very procedure on each token's own bytes, allowing only the tokens ranked before it: it
 * stops with exactly two parts, and those are the pair that was merged into the token. The single bytes
 * do not have ranks 0..255 in byte order (rank 0 is {@code !}), so bytes are shuffled into rank order
 * before merging, and the vocabulary stores each id's real bytes so that decoding needs no unshuffle.
 */
public class GPT4Tokenizer extends RegexTokenizer {

    /** The ranks file in the course's dataset catalog. */
    public static final String RANKS_FILE = "cl100k_base.tiktoken";

    /** cl100k_base's special tokens and ids. */
    public static final Map<String, Integer> SPECIAL_TOKENS = specials();

    private final int[] byteShuffle = new int[256];
    private final TokenIndex tokens;

    /** cl100k_base, with its ranks read through the course's dataset loader. */
    public GPT4Tokenizer() {
        this(readRanks(Datasets.standard().path(RANKS_FILE)));
    }

    /**
     * The tokenizer of the given ranks, a byte string (see {@link #readRanks}) → rank.
     *
     * @throws IllegalArgumentException if a byte is missing from the ranks
     */
    public GPT4Tokenizer(Map<String, Integer> ranks) {
        super(GPT4_SPLIT_PATTERN);
        for (int b = 0; b < 256; b++) {
            Integer rank = ranks.get(String.valueOf((char) b));
            if (rank == null) {
                throw new IllegalArgumentException("the ranks have no token for the single byte " + b
                        + ": every byte needs a rank, or some text cannot be encoded");
            }
            byteShuffle[b] = rank;
        }
        merges.putAll(recoverMerges(ranks));
        mergesChanged();
        vocab = new LinkedHashMap<>();
        for (int b = 0; b < 256; b++) {
            vocab.put(byteShuffle[b], new byte[] {(byte) b});
        }
        merges.forEach((pair, idx) -> vocab.put(idx, concat(vocab.get(pair.first()), vocab.get(pair.second()))));
        tokens = new TokenIndex(vocab);
        registerSpecialTokens(SPECIAL_TOKENS);
    }

    /**
     * Reads a {@code .tiktoken} file: one {@code base64(token bytes) rank} per line. Each token is returned as
     * a <em>byte string</em>: a String with one char per byte (0..255, as ISO-8859-1 reads it), so that byte
     * sequences can be joined with {@code +} and used as map keys.
     */
    public static Map<String, Integer> readRanks(Path file) {
        Map<String, Integer> ranks = new HashMap<>(200_000);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Base64.Decoder base64 = Base64.getDecoder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int space = line.indexOf(' ');
            try {
                byte[] token = base64.decode(line.substring(0, space));
                ranks.put(new String(token, StandardCharsets.ISO_8859_1), Integer.parseInt(line.substring(space + 1).strip()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected \"<base64 bytes> <rank>\" but found \""
                        + line + "\"", e);
            }
        }
        return ranks;
    }

    // ------------------------------------------------------------------------------------------------
    // Exercise 10.4

    /**
     * The merges hidden in {@code ranks}: for every token longer than one byte, the pair of tokens it was
     * merged from, mapped to the token's rank (which is its id). Found by running rank-based BPE on the
     * token's bytes with only lower ranks allowed, until two parts remain.
     */
    public static Map<Pair, Integer> recoverMerges(Map<String, Integer> ranks) {
        List<Map.Entry<String, Integer>> byRank = new ArrayList<>(ranks.entrySet());
        byRank.sort(Map.Entry.comparingByValue());
        Map<Pair, Integer> merges = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : byRank) {
            String token = e.getKey();
            if (token.length() == 1) {
                continue; // a single byte is not a merge
            }
            List<String> parts = bpe(ranks, token, e.getValue());
            if (parts.size() != 2) {
                throw new IllegalArgumentException("token of rank " + e.getValue() + " does not split into two lower-ranked "
                        + "tokens (got " + parts.size() + " parts): these ranks do not come from byte-pair merges");
            }
            merges.put(new Pair(ranks.get(parts.get(0)), ranks.get(parts.get(1))), e.getValue());
        }
        return merges;
    }

    /** tiktoken's merge loop on one byte string: join the adjacent parts of lowest rank below {@code maxRank}. */
    static List<String> bpe(Map<String, Integer> ranks, String token, int maxRank) {
        List<String> parts = new ArrayList<>(token.length());
        for (int i = 0; i < token.length(); i++) {
            parts.add(token.substring(i, i + 1));
        }
        while (true) {
            int best = -1;
            int bestRank = maxRank;
            for (int i = 0; i + 1 < parts.size(); i++) {
                Integer rank = ranks.get(parts.get(i) + parts.get(i + 1));
                if (rank != null && rank < bestRank) {
                    best = i;
                    bestRank = rank;
                }
            }
            if (best < 0) {
                return parts;
            }
            parts.set(best, parts.get(best) + parts.get(best + 1));
            parts.remove(best + 1);
        }
    }

    /** The chunk's bytes are shuffled into their ranks first; then merging goes as for any tokenizer. */
    @Override
    protected int[] encodeChunk(int[] ids) {
        int[] shuffled = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            shuffled[i] = byteShuffle[ids[i]];
        }
        return super.encodeChunk(shuffled);
    }

    // ------------------------------------------------------------------------------------------------

    /**
     * With {@link Algorithm#FAST}, the whole text the fast way, in one pass and without the regular
     * expression (lesson, section 9): {@link GPT4Splitter} finds each chunk's end, the chunk's UTF-8 bytes go
     * into one reused buffer, and a chunk that is itself a token — most are: " the", " Swift", "," — is
     * looked up whole in {@link TokenIndex}. Only the other chunks are shuffled and merged by
     * {@link FastEncoder}. The look-up gives what merging would: {@link #recoverMerges} ran this very merging
     * on every token's bytes and found that it ends in the token, which is also why tiktoken takes the same
     * short cut. With {@link Algorithm#SIMPLE}, {@link RegexTokenizer}'s encoding.
     */
    @Override
    public int[] encodeOrdinary(String text) {
        if (algorithm() != Algorithm.FAST) {
            return super.encodeOrdinary(text);
        }
        MergeTable table = mergeTable();
        IdList ids = new IdList(text.length() / 3);
        byte[] chunk = new byte[64];
        for (int start = 0, end; start < text.length(); start = end) {
            end = GPT4Splitter.chunkEnd(text, start);
            if (chunk.length < 3 * (end - start)) {
                chunk = new byte[3 * (end - start)];
            }
            int length = Utf8.encode(text, start, end, chunk);
            int id = tokens.find(chunk, length);
            if (id >= 0) {
                ids.add(id);
                continue;
            }
            int[] shuffled = new int[length];
            for (int i = 0; i < length; i++) {
                shuffled[i] = byteShuffle[chunk[i] & 0xFF];
            }
            ids.addAll(FastEncoder.encode(shuffled, table));
        }
        return ids.toArray();
    }

    /** Not supported: cl100k_base is pretrained. */
    @Override
    public void train(String text, int vocabSize, boolean verbose) {
        throw new UnsupportedOperationException("GPT4Tokenizer is pretrained (its merges come from cl100k_base); "
                + "train a RegexTokenizer instead");
    }

    /**
     * Not supported: minbpe's format has no place for the byte shuffle, so a saved model would load as a
     * different tokenizer.
     */
    @Override
    public void save(Path prefix) {
        throw new UnsupportedOperationException("GPT4Tokenizer cannot be saved in minbpe's format, which has no place "
                + "for its byte shuffle; build it again with new GPT4Tokenizer()");
    }

    /** Not supported: see {@link #save}. */
    @Override
    public void load(Path modelFile) {
        throw new UnsupportedOperationException("GPT4Tokenizer cannot be loaded from a minbpe model, which has no place "
                + "for its byte shuffle; use new GPT4Tokenizer() or a RegexTokenizer");
    }

    private static Map<String, Integer> specials() {
        Map<String, Integer> s = new LinkedHashMap<>();
        s.put("<|endoftext|>", 100257);
        s.put("<|fim_prefix|>", 100258);
        s.put("<|fim_middle|>", 100259);
        s.put("<|fim_suffix|>", 100260);
        s.put("<|endofprompt|>", 100276);
        return java.util.Collections.unmodifiableMap(s);
    }
}
