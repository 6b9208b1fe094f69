package zerotohero.grading;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import zerotohero.kit.NativeSettings;

/**
 * Applies kit's {@link NativeSettings} before a graded test, as a program's {@code main} does first thing:
 * one thread for ND4J and OpenBLAS unless {@code -Dkit.threads} or {@code OMP_NUM_THREADS} asks for more.
 * {@link Exercise} brings it to every graded test, so the tests behave the same under Maven, the grader
 * and the self-check. Before each test as well as before each class, because {@code @Exercise} may sit on
 * a method alone; applying twice does nothing.
 */
public final class NativeSettingsExtension implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        NativeSettings.apply();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        NativeSettings.apply();
    }
}
