package zerotohero.micrograd;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.kit.Todo;

/** The module's rules: micrograd is built from nothing, so no tensor library and nothing from kit but Todo. */
@DisplayName("03 rules: plain Java only")
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("zerotohero.micrograd");

    @Test
    @DisplayName("no ND4J: micrograd works on plain doubles")
    void noNd4j() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..")
                .because("03-micrograd builds autograd from scratch on doubles")
                .check(MAIN);
    }

    @Test
    @DisplayName("nothing from kit but Todo")
    void noKit() {
        noClasses().should().dependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("are in zerotohero.kit other than Todo",
                                c -> c.getPackageName().startsWith("zerotohero.kit") && !c.isEquivalentTo(Todo.class)))
                .because("kit is the library this module teaches you to build")
                .check(MAIN);
    }
}
