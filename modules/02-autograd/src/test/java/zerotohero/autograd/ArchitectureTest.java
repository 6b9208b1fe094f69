package zerotohero.autograd;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module's rules: the derivatives are written here, not borrowed. */
@DisplayName("02 rules: numerical derivatives and gradient descent are your own")
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("zerotohero.autograd");

    @Test
    @DisplayName("no class uses kit's GradCheck or the grading library's finite differences")
    void ownFiniteDifferences() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.GradCheck")
                .orShould().dependOnClassesThat().resideInAPackage("zerotohero.grading..")
                .because("exercise 02.1 is to write the finite differences that GradCheck uses")
                .check(MAIN);
    }

    @Test
    @DisplayName("GradientDescent steps by hand, without kit's optimisers")
    void ownDescent() {
        noClasses().that().haveSimpleNameStartingWith("GradientDescent")
                .should().dependOnClassesThat().resideInAPackage("zerotohero.kit.optim..")
                .because("exercise 02.4 is the update x ← x − lr·grad itself")
                .check(MAIN);
    }
}
