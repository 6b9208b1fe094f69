package zerotohero.tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;

/**
 * minbpe's files, checked against files that minbpe (Python) wrote: {@code taylorswift-basic-512} is a
 * BasicTokenizer trained on taylorswift.txt to vocab 512; {@code taylorswift-regex-512} a RegexTokenizer
 * (GPT-4 pattern) trained the same way, with GPT-4's five special tokens registered after training;
 * {@code *-reloaded} are what minbpe writes after loading those models again (its .vocab then lists the
 * special tokens too); {@code *.encoded.json} are minbpe's ids for a few sample texts.
 */
@Exercise("10.5")
@DisplayName("10.5 save and load minbpe's .model and .vocab files")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SaveLoadTest {

    @TempDir
    Path dir;

    static String resource(String name) {
        try (InputStream in = SaveLoadTest.class.getResourceAsStream("minbpe/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource minbpe/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(Path dir, String name) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, resource(name), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Integer> gpt4Specials() {
        return new LinkedHashMap<>(GPT4Tokenizer.SPECIAL_TOKENS);
    }

    private static void sameFile(String what, Path written, String expected, String why) {
        String actual;
        try {
            actual = Files.readString(written, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (actual.equals(expected)) {
            return;
        }
        String[] a = actual.split("\n", -1);
        String[] e = expected.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, e.length); i++) {
            String la = i < a.length ? a[i] : "(end of file)";
            String le = i < e.length ? e[i] : "(end of file)";
            if (!la.equals(le)) {
                Expect.equal(what + ", line " + (i + 1), Fixtures.quote(la), Fixtures.quote(le), why);
            }
        }
    }

    @Test
    @DisplayName("a BasicTokenizer trained here saves the very files minbpe saves")
    void basicSavesLikeMinbpe() {
        BasicTokenizer t = new BasicTokenizer();
        t.load(copy(dir, "taylorswift-basic-512.model")); // the same merges as training would give, without the wait
        BasicTokenizer trained = new BasicTokenizer();
        trained.train(Fixtures.taylorSwift(), 512, false);
        Expect.equal("merges trained on taylorswift.txt", trained.merges(), t.merges(), "Training must learn minbpe's merges.");
        trained.save(dir.resolve("basic"));
        sameFile("basic.model", dir.resolve("basic.model"), resource("taylorswift-basic-512.model"),
                "The model file is: \"minbpe v1\", the pattern (empty here), the number of special tokens, one "
                        + "\"<special> <id>\" line each, then one \"<first> <second>\" line per merge in learned order.");
        sameFile("basic.vocab", dir.resolve("basic.vocab"), resource("taylorswift-basic-512.vocab"),
                "Each vocabulary entry is \"[token] id\", or \"[first][second] -> [token] id\" for a merge; tokens are "
                        + "rendered with renderToken.");
    }

    @Test
    @DisplayName("a RegexTokenizer with special tokens saves the very files minbpe saves")
    void regexSavesLikeMinbpe() {
        RegexTokenizer t = new RegexTokenizer();
        t.train(Fixtures.taylorSwift(), 512, false);
        t.registerSpecialTokens(gpt4Specials());
        t.save(dir.resolve("regex"));
        sameFile("regex.model", dir.resolve("regex.model"), resource("taylorswift-regex-512.model"),
                "The second line is the split pattern as written; the special tokens follow the count, in registration order.");
        sameFile("regex.vocab", dir.resolve("regex.vocab"), resource("taylorswift-regex-512.vocab"), "");
    }

    @Test
    @DisplayName("minbpe's model files load here, encode as minbpe did, and save back unchanged")
    void loadsMinbpeModels() {
        for (String name : new String[] {"taylorswift-basic-512", "taylorswift-regex-512"}) {
            Tokenizer t = name.contains("regex") ? new RegexTokenizer("(placeholder)") : new BasicTokenizer();
            t.load(copy(dir, name + ".model"));
            Expect.equal(name + " merges loaded", t.merges().size(), 256, "Every line after the special tokens is one merge.");
            for (Map.Entry<String, int[]> e : encoded(resource(name + ".encoded.json")).entrySet()) {
                int[] ids = t instanceof RegexTokenizer ? t.encode(e.getKey(), t.specialTokens().keySet()) : t.encode(e.getKey());
                Expect.equal(name + ": ids of " + Fixtures.quote(e.getKey()), Arrays.toString(ids), Arrays.toString(e.getValue()),
                        "Merges get the ids 256, 257, ... in file order; a RegexTokenizer takes the pattern from line 2.");
            }
            t.save(dir.resolve(name + "-again"));
            sameFile(name + " saved after loading (.model)", dir.resolve(name + "-again.model"), resource(name + ".model"), "");
            sameFile(name + " saved after loading (.vocab)", dir.resolve(name + "-again.vocab"),
                    resource(name + "-reloaded.vocab"),
                    "After load, minbpe's vocabulary also holds the special tokens (buildVocab(true)), so its .vocab lists them.");
        }
    }

    @Test
    @DisplayName("a broken model file is rejected with the line at fault")
    void rejectsBrokenFiles() throws IOException {
        Path bad = dir.resolve("bad.model");
        Files.writeString(bad, "minbpe v1\n\n0\n97 97\n256 x\n");
        expectError(bad, "line 5");
        Files.writeString(bad, "minbpe v2\n\n0\n");
        expectError(bad, "line 1");
        Files.writeString(bad, "minbpe v1\n\n2\n<|a|> 300\n");
        expectError(bad, "line 5");
        Files.writeString(bad, "");
        expectError(bad, "line 1");
        Files.writeString(bad, "minbpe v1\n\n");
        expectError(bad, "line 2");
        Files.writeString(bad, "minbpe v1\n\n0\n256 97\n");
        expectError(bad, "line 4");
        Files.writeString(bad, "minbpe v1\n\n0\n97 256\n");
        expectError(bad, "0..255");
        Files.writeString(bad, "minbpe v1\n\n0\n97 97 97\n");
        expectError(bad, "line 4");
        Files.writeString(bad, "minbpe v1\n\n0\nx 97\n");
        expectError(bad, "line 4");
        Files.writeString(bad, "minbpe v1\n\n1\n<|a|> x\n");
        expectError(bad, "line 4");
        Files.writeString(bad, "minbpe v1\n\n0\n97 97\n-1 97\n");
        expectError(bad, "line 5");
        Files.writeString(bad, "minbpe v1\n\n0\n97 97\n97 -1\n");
        expectError(bad, "line 5");
        Path vocab = dir.resolve("x.vocab");
        Files.writeString(vocab, "[a] 97\n");
        expectError(vocab, ".model");
    }

    private static void expectError(Path file, String mention) {
        try {
            new BasicTokenizer().load(file);
        } catch (IllegalArgumentException e) {
            Expect.that(e.getMessage() != null && e.getMessage().contains(mention),
                    "loading " + file.getFileName() + " should fail with a message that mentions \"" + mention + "\", but it was: "
                            + e.getMessage());
            return;
        }
        Expect.that(false, "loading a broken " + file.getFileName() + " should throw IllegalArgumentException that says "
                + "what is wrong (mentioning \"" + mention + "\")");
    }

    @Test
    @DisplayName("save creates the folders of its prefix")
    void saveCreatesFolders() {
        BasicTokenizer t = new BasicTokenizer();
        t.train("aaabdaaabac", 257, false);
        Path prefix = dir.resolve("new/folder/toy");
        t.save(prefix);
        Expect.that(Files.isRegularFile(dir.resolve("new/folder/toy.model")) && Files.isRegularFile(dir.resolve("new/folder/toy.vocab")),
                "save(new/folder/toy) should create the missing folders new/folder and write toy.model and toy.vocab there");
    }

    @Test
    @DisplayName("load replaces what the tokenizer had: its merges, special tokens and pattern")
    void loadReplaces() throws IOException {
        RegexTokenizer t = new RegexTokenizer();
        t.train("aaaa bbbb aaaa", 258, false);
        t.registerSpecialTokens(Map.of("<|old|>", 300));
        Expect.equal("ids of \"aaaa\" before loading", Arrays.toString(t.encodeOrdinary("aaaa")), "[256, 256]", "");
        Path bare = dir.resolve("bare.model");
        Files.writeString(bare, "minbpe v1\n\\p{L}+|\\s+\n0\n");
        t.load(bare);
        Expect.equal("merges after loading a model with none", t.merges().size(), 0,
                "A model of three lines (version, pattern, 0 special tokens) is valid and has no merges; load drops the "
                        + "merges the tokenizer had before.");
        Expect.equal("special tokens after loading a model with none", t.specialTokens(), Map.of(),
                "load drops the special tokens the tokenizer had before.");
        Expect.equal("pattern after loading", t.pattern(), "\\p{L}+|\\s+", "The pattern comes from line 2 of the model.");
        Expect.equal("ids of \"aaaa\" after loading", Arrays.toString(t.encodeOrdinary("aaaa")), "[97, 97, 97, 97]",
                "After load, encoding uses the loaded merges only.");
        Path zero = dir.resolve("zero.model");
        Files.writeString(zero, "minbpe v1\n\n0\n0 97\n97 0\n");
        BasicTokenizer b = new BasicTokenizer();
        b.load(zero);
        Expect.equal("merges of a model that uses the byte 0", b.merges().toString(), "{(0, 97)=256, (97, 0)=257}",
                "0 is a valid id (the byte 0x00): only ids below 0 or not yet defined are errors.");
    }

    /** The sample texts and ids of a small JSON object {"text": [ids], ...} written by Python's json module. */
    static Map<String, int[]> encoded(String json) {
        Map<String, int[]> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        while (m.find()) {
            String ids = m.group(2).replaceAll("\\s", "");
            out.put(unescape(m.group(1)), ids.isEmpty() ? new int[0] : Arrays.stream(ids.split(",")).mapToInt(Integer::parseInt).toArray());
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }

    static Set<String> none() {
        return Set.of();
    }
}
