package zerotohero.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Splits, context windows, minibatches and two moons. */
class DataToolsTest {

    @Test
    void splitCutsWhereTheLecturesDo() {
        List<Integer> items = IntStream.range(0, 32_033).boxed().toList();
        Split<Integer> split = Split.at(items, 0.8, 0.9);
        assertThat(split.train()).hasSize(25_626).startsWith(0, 1);
        assertThat(split.dev()).hasSize(28_829 - 25_626).startsWith(25_626);
        assertThat(split.test()).hasSize(32_033 - 28_829).endsWith(32_032);
        assertThat(Split.cut(1_115_394, 0.9)).isEqualTo(1_003_854);
        assertThatThrownBy(() -> Split.at(items, 0.9, 0.8)).hasMessageContaining("devStart <= testStart");
        assertThatThrownBy(() -> Split.cut(10, 1.5)).hasMessageContaining("between 0 and 1");
    }

    @Test
    void contextWindowsPadWithTheBoundaryAndSlide() {
        Vocabulary vocab = Vocabulary.ofWords(List.of("emma", "ava"));
        ContextWindows windows = ContextWindows.of(List.of("emma"), vocab, 3);
        int e = vocab.stoi('e');
        int m = vocab.stoi('m');
        int a = vocab.stoi('a');
        assertThat(windows.size()).isEqualTo(5);
        assertThat(windows.contexts()).isDeepEqualTo(new int[][] {
                {0, 0, 0}, {0, 0, e}, {0, e, m}, {e, m, m}, {m, m, a}});
        assertThat(windows.targets()).containsExactly(e, m, m, a, 0);
        assertThat(ContextWindows.of(List.of(), vocab, 3).blockSize()).isZero();
        assertThatThrownBy(() -> ContextWindows.of(List.of("emma"), vocab, 0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new ContextWindows(new int[2][3], new int[1])).hasMessageContaining("one target");
    }

    @Test
    void indicesAreSeededAndInRange() {
        int[] first = Batches.indices(100, 32, new PythonRandom(7));
        int[] again = Batches.indices(100, 32, new PythonRandom(7));
        assertThat(first).hasSize(32).containsExactly(again);
        assertThat(IntStream.of(first).allMatch(i -> i >= 0 && i < 100)).isTrue();

        int[][] x = {{1, 2}, {3, 4}, {5, 6}};
        int[] y = {10, 20, 30};
        assertThat(Batches.rows(x, new int[] {2, 0})).isDeepEqualTo(new int[][] {{5, 6}, {1, 2}});
        assertThat(Batches.rows(y, new int[] {2, 0, 2})).containsExactly(30, 10, 30);
        assertThatThrownBy(() -> Batches.indices(0, 4, new PythonRandom(1))).hasMessageContaining("empty dataset");
        assertThatThrownBy(() -> Batches.indices(5, 0, new PythonRandom(1))).hasMessageContaining("batchSize");
    }

    @Test
    void windowsAreTheTokensAndTheirShiftByOne() {
        int[] tokens = IntStream.range(100, 120).toArray();
        Batches.Batch batch = Batches.windows(tokens, 4, 8, new PythonRandom(1337));
        assertThat(batch.batchSize()).isEqualTo(4);
        assertThat(batch.blockSize()).isEqualTo(8);
        for (int b = 0; b < 4; b++) {
            int start = batch.x()[b][0] - 100;
            assertThat(start).isBetween(0, 20 - 8 - 1);
            for (int t = 0; t < 8; t++) {
                assertThat(batch.x()[b][t]).isEqualTo(tokens[start + t]);
                assertThat(batch.y()[b][t]).as("the target is the next token").isEqualTo(tokens[start + t + 1]);
            }
        }
        Batches.Batch fixed = Batches.windowsAt(tokens, new int[] {0, 11}, 8);
        assertThat(fixed.x()[1]).containsExactly(111, 112, 113, 114, 115, 116, 117, 118);
        assertThat(fixed.y()[1]).containsExactly(112, 113, 114, 115, 116, 117, 118, 119);
        assertThat(new Batches.Batch(new int[0][], new int[0][]).blockSize()).isZero();

        assertThatThrownBy(() -> Batches.windowsAt(tokens, new int[] {12}, 8)).hasMessageContaining("only 20 tokens");
        assertThatThrownBy(() -> Batches.windows(new int[8], 1, 8, new PythonRandom(1)))
                .hasMessageContaining("at least 9 tokens");
        assertThatThrownBy(() -> Batches.windows(tokens, 1, 0, new PythonRandom(1))).hasMessageContaining("blockSize");
    }

    @Test
    void moonsWithoutNoiseLieOnTheTwoArcs() {
        Moons moons = Moons.make(101, 0.0, 42);
        assertThat(moons.size()).isEqualTo(101);
        long zeros = IntStream.of(moons.labels()).filter(l -> l == 0).count();
        assertThat(zeros).isEqualTo(50);
        for (int i = 0; i < moons.size(); i++) {
            double[] p = moons.points()[i];
            if (moons.labels()[i] == 0) {
                assertThat(Math.hypot(p[0], p[1])).isCloseTo(1.0, within(1e-12));
                assertThat(p[1]).isGreaterThanOrEqualTo(-1e-12);
            } else {
                assertThat(Math.hypot(p[0] - 1, p[1] - 0.5)).isCloseTo(1.0, within(1e-12));
                assertThat(p[1]).isLessThanOrEqualTo(0.5 + 1e-12);
            }
        }
        assertThat(IntStream.of(moons.signedLabels()).allMatch(l -> l == -1 || l == 1)).isTrue();
    }

    @Test
    void moonsAreSeededAndNoisy() {
        Moons a = Moons.make(100, 0.1, 1);
        Moons b = Moons.make(100, 0.1, 1);
        Moons c = Moons.make(100, 0.1, 2);
        assertThat(a.points()).isDeepEqualTo(b.points());
        assertThat(a.labels()).containsExactly(b.labels());
        assertThat(a.points()).isNotEqualTo(c.points());
        double offArc = 0;
        for (int i = 0; i < a.size(); i++) {
            double[] p = a.points()[i];
            double r = a.labels()[i] == 0 ? Math.hypot(p[0], p[1]) : Math.hypot(p[0] - 1, p[1] - 0.5);
            offArc += Math.abs(r - 1);
        }
        assertThat(offArc / a.size()).as("mean distance from the arc with noise 0.1").isBetween(0.03, 0.2);
        assertThatThrownBy(() -> Moons.make(1, 0.1, 1)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Moons.make(10, -1, 1)).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> new Moons(new double[2][2], new int[3])).hasMessageContaining("one label");
    }
}
