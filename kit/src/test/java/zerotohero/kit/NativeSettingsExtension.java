package zerotohero.kit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Applies {@link NativeSettings} before a test class runs, as a program's {@code main} does first thing:
 * {@code @ExtendWith(NativeSettingsExtension.class)} on every kit test class that makes tensors.
 */
public final class NativeSettingsExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        NativeSettings.apply();
    }
}
