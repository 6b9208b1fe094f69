package zerotohero.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.factory.Nd4j;

@ExtendWith(NativeSettingsExtension.class)
class NativeSettingsTest {

    @Test
    void oneThreadAndNoMemoryCheckUnlessAskedOtherwise() {
        assertThat(NativeSettings.isApplied()).isTrue();
        int expected = NativeSettings.threadsAskedFor();
        if (System.getProperty("kit.threads") == null && System.getenv("OMP_NUM_THREADS") == null) {
            assertThat(expected).isEqualTo(1);
        }
        // ND4J takes the master-thread count; its pool size (maxThreads) stays as the native library set it
        assertThat(Nd4j.getEnvironment().maxMasterThreads()).isEqualTo(expected);
        assertThat(System.getProperty(NativeSettings.MAX_PHYSICAL_BYTES)).isNotNull();
    }

    @Test
    void applyingAgainLeavesLaterChoicesAlone() {
        NativeSettings.setThreads(2); // e.g. a program that wants a second core
        NativeSettings.apply();
        assertThat(Nd4j.getEnvironment().maxMasterThreads()).isEqualTo(Math.min(2, Nd4j.getEnvironment().maxThreads()));
        NativeSettings.setThreads(NativeSettings.threadsAskedFor());
    }
}
