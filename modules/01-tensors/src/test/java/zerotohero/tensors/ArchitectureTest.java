package zerotohero.tensors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module's rule: the strided tensor and the broadcasting rules are built by hand, over a float[]. */
@DisplayName("01 rules: StridedTensor and Broadcast are plain Java")
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("zerotohero.tensors");

    @Test
    @DisplayName("StridedTensor and Broadcast use no ND4J")
    void handBuilt() {
        noClasses().that().haveSimpleNameStartingWith("StridedTensor").or().haveSimpleName("Broadcast")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..")
                .because("they are the machinery ND4J hides; the tests compare them with ND4J")
                .check(MAIN);
    }
}
