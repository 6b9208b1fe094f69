package zerotohero.mlp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module's rule: the dataset builder is the learner's own. */
@DisplayName("05 rules: the examples are built by hand")
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("zerotohero.mlp");

    @Test
    @DisplayName("no main class uses kit.data.ContextWindows")
    void ownExamples() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.data.ContextWindows")
                .because("building the (context → next character) examples is exercise 05.1")
                .check(MAIN);
    }
}
