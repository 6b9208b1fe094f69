package zerotohero.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a graded test (on a method) or a class of graded tests with the id of the exercise it grades,
 * as listed in the module's {@code exercises.yaml}.
 *
 * <p>Every graded test gets a 10-second timeout, so a learner's infinite loop fails one test instead of
 * hanging the build. A test that needs longer declares its own {@code @Timeout}, which takes precedence.
 *
 * <p>Every graded test also runs with kit's native settings applied ({@link NativeSettingsExtension}), as
 * the modules' programs do.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag("graded")
@Timeout(Exercise.DEFAULT_TIMEOUT_SECONDS)
@ExtendWith(NativeSettingsExtension.class)
public @interface Exercise {

    /** Seconds a graded test may run unless it declares its own {@code @Timeout}. */
    int DEFAULT_TIMEOUT_SECONDS = 10;

    /** The exercise id, e.g. {@code "03.4"}. */
    String value();
}
