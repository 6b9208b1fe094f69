package zerotohero.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every expected value here was printed by CPython 3.11's {@code random} module with the same calls. */
class PythonRandomTest {

    @Test
    void randomAfterSeed42MatchesCPython() {
        PythonRandom random = new PythonRandom(42);
        assertThat(random.random()).isEqualTo(0.6394267984578837);
        assertThat(random.random()).isEqualTo(0.025010755222666936);
    }

    @Test
    void seedsOfEveryWidthMatchCPython() {
        // seed 0 is the one-word key [0]; a negative seed uses |n|; 2^40+5 needs two 32-bit words
        PythonRandom zero = new PythonRandom(0);
        assertThat(List.of(zero.getrandbits(32), zero.getrandbits(32), zero.getrandbits(32)))
                .containsExactly(3626764237L, 1654615998L, 3255389356L);
        assertThat(new PythonRandom(-7).random()).isEqualTo(0.32383276483316237);
        assertThat(new PythonRandom((1L << 40) + 5).random()).isEqualTo(0.5043802970418443);
        assertThat(new PythonRandom(Long.MIN_VALUE).random()).as("seed 2^63").isEqualTo(0.5534639983914199);
    }

    @Test
    void reseedingRestartsTheSequence() {
        PythonRandom random = new PythonRandom(1);
        random.random();
        random.gauss(0, 1);
        random.seed(42);
        assertThat(random.random()).isEqualTo(0.6394267984578837);
    }

    @Test
    void randbelowAndGetrandbitsMatchCPython() {
        PythonRandom random = new PythonRandom(1337);
        int[] draws = IntStream.range(0, 10).map(i -> random.randbelow(10)).toArray();
        assertThat(draws).containsExactly(9, 8, 5, 9, 9, 2, 5, 6, 5, 4); // random.randrange(10)

        PythonRandom bits = new PythonRandom(3);
        assertThat(bits.getrandbits(45)).isEqualTo(20848793305085L);
        assertThat(bits.getrandbits(63)).isEqualTo(1202937964474309450L);
        assertThat(bits.getrandbits(1)).isZero();
        assertThat(bits.getrandbits(0)).isZero();
    }

    @Test
    void gaussUniformAndRandintMatchCPython() {
        PythonRandom random = new PythonRandom(5);
        // Java's Math.log/sin/cos may differ from C's libm in the last bit, hence the tiny tolerance.
        assertThat(random.gauss(0, 1)).isCloseTo(-1.1788417512306717, within(1e-14));
        assertThat(random.gauss(0, 1)).isCloseTo(-1.1481606807908016, within(1e-14));
        assertThat(random.gauss(2, 3)).isCloseTo(4.0084067431579085, within(1e-13));

        PythonRandom other = new PythonRandom(9);
        assertThat(other.uniform(-1, 1)).isEqualTo(-0.0739852843699571);
        assertThat(other.randint(1, 6)).isEqualTo(3);
    }

    @Test
    void shuffleMatchesCPythonForListsAndArrays() {
        List<Integer> list = new ArrayList<>(IntStream.range(0, 10).boxed().toList());
        new PythonRandom(42).shuffle(list);
        assertThat(list).containsExactly(7, 3, 2, 8, 5, 6, 9, 4, 0, 1);

        int[] array = IntStream.range(0, 10).toArray();
        new PythonRandom(42).shuffle(array);
        assertThat(array).containsExactly(7, 3, 2, 8, 5, 6, 9, 4, 0, 1);
    }

    @Test
    void badArgumentsSayWhatIsAllowed() {
        PythonRandom random = new PythonRandom(1);
        assertThatThrownBy(() -> random.randbelow(0)).hasMessageContaining("n > 0");
        assertThatThrownBy(() -> random.getrandbits(64)).hasMessageContaining("0 <= k <= 63");
        assertThatThrownBy(() -> random.randint(3, 2)).hasMessageContaining("a <= b");
    }
}
