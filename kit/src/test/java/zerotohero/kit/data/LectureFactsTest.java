package zerotohero.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lectures' numbers, reproduced on the real datasets. These need the mirror named by
 * ZTH_DATASETS_MIRROR (CI sets it) and are skipped without it; the files are copied into a temporary cache.
 */
class LectureFactsTest {

    @TempDir
    static Path cache;

    static Datasets datasets;

    @BeforeAll
    static void resolver() {
        Optional<String> setting = Datasets.setting(Datasets.MIRROR_VARIABLE);
        assumeTrue(setting.isPresent(), "set ZTH_DATASETS_MIRROR to a folder holding the datasets to run these tests");
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path mirror = Datasets.mirrorFolder(setting, Datasets.repositoryRoot(workingDirectory), workingDirectory);
        // Set but wrong is a broken CI set-up, not a reason to skip quietly.
        assertThat(mirror).as("ZTH_DATASETS_MIRROR=" + setting.get()).isDirectory();
        datasets = new Datasets(DatasetCatalog.standard(), cache, mirror, (from, to) -> {
            throw new AssertionError("these tests must not download: the mirror should have " + from);
        });
    }

    @Test
    void everyCatalogedDatasetResolvesFromTheMirrorAndVerifies() {
        for (DatasetEntry entry : datasets.catalog().entries()) {
            Path path = datasets.path(entry.file());
            assertThat(path).startsWith(cache).hasFileName(entry.file());
            assertThat(path.toFile()).hasSize(entry.bytes());
        }
    }

    @Test
    void namesHas32033NamesAndA27SymbolVocabulary() {
        List<String> words = datasets.lines("names.txt");
        assertThat(words).hasSize(32_033).startsWith("emma", "olivia", "ava", "isabella", "sophia");
        Vocabulary vocab = Vocabulary.ofWords(words);
        assertThat(vocab.size()).isEqualTo(27);
        assertThat(vocab.symbols()).isEqualTo(".abcdefghijklmnopqrstuvwxyz");
        // 228,146 bigrams: one per character plus one for the end of each word
        assertThat(ContextWindows.of(words, vocab, 1).size()).isEqualTo(228_146);
    }

    @Test
    void nameSplitsHaveTheMlpLecturesSizes() {
        NameSplits d = NameSplits.of(datasets.lines("names.txt"), 3);
        assertThat(d.vocab().size()).isEqualTo(27);
        // Xtr, Xdev, Xte in the lecture: 182,625 / 22,655 / 22,866 examples
        assertThat(new int[] {d.train().size(), d.dev().size(), d.test().size()}).containsExactly(182_625, 22_655, 22_866);
        assertThat(NameSplits.of(datasets.lines("names.txt"), 8).train().size()).isEqualTo(182_625);
    }

    @Test
    void seed42ShuffleAndSplitMatchTheMlpLecture() {
        List<String> words = new ArrayList<>(datasets.lines("names.txt"));
        new PythonRandom(42).shuffle(words);
        assertThat(words).startsWith("yuheng", "diondre", "xavien", "jori", "juanluis")
                .endsWith("opal", "zaylynn", "yovani");

        Split<String> split = Split.at(words, 0.8, 0.9);
        assertThat(split.train()).hasSize(25_626);
        assertThat(split.train().size() + split.dev().size()).isEqualTo(28_829);
        assertThat(split.test()).hasSize(32_033 - 28_829);

        // Each word of length L gives L + 1 examples, whatever the block size.
        assertThat(examples(split.train())).isEqualTo(182_625);
        assertThat(examples(split.dev())).isEqualTo(22_655);
        assertThat(examples(split.test())).isEqualTo(22_866);

        Vocabulary vocab = Vocabulary.ofWords(words);
        ContextWindows xtr = ContextWindows.of(split.train(), vocab, 3);
        assertThat(xtr.size()).isEqualTo(182_625);
        assertThat(xtr.blockSize()).isEqualTo(3);
        // yuheng: ... -> y, ..y -> u, .yu -> h
        assertThat(xtr.contexts()[2]).containsExactly(0, vocab.stoi('y'), vocab.stoi('u'));
        assertThat(xtr.targets()[2]).isEqualTo(vocab.stoi('h'));
    }

    private static int examples(List<String> words) {
        return words.stream().mapToInt(w -> w.length() + 1).sum();
    }

    @Test
    void tinyShakespeareHas65SymbolsAndTheLecturesEncodings() {
        String text = datasets.text("tinyshakespeare.txt");
        assertThat(text).hasSize(1_115_394).startsWith("First Citizen:");
        Vocabulary vocab = Vocabulary.of(text);
        assertThat(vocab.size()).isEqualTo(65);
        assertThat(vocab.symbols()).isEqualTo(VocabularyTest.SHAKESPEARE_SYMBOLS);
        int[] data = vocab.encode(text);
        assertThat(java.util.Arrays.copyOf(data, 14))
                .containsExactly(18, 47, 56, 57, 58, 1, 15, 47, 58, 47, 64, 43, 52, 10);
        assertThat(vocab.encode("hii there")).containsExactly(46, 47, 47, 1, 58, 46, 43, 56, 43);
        int n = Split.cut(data.length, 0.9);
        assertThat(n).isEqualTo(1_003_854);
        assertThat(data.length - n).isEqualTo(111_540);
    }

    @Test
    void taylorSwiftIsUtf8With185561CodePoints() {
        String text = datasets.text("taylorswift.txt");
        assertThat(text.codePointCount(0, text.length())).isEqualTo(185_561);
        assertThat(text).startsWith("Copy paste of the Wikipedia article on Taylor Swift");
    }
}
