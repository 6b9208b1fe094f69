package zerotohero.batchnorm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module's rule: the layers are the learner's own; kit's Tensor ops are fine. */
@DisplayName("06 rules: Linear, BatchNorm1d and Tanh are written here")
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("zerotohero.batchnorm");

    @Test
    @DisplayName("no main class uses kit.nn's BatchNorm1d, Linear, Tanh or LayerNorm")
    void ownLayers() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.BatchNorm1d")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.Linear")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.Tanh")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.LayerNorm")
                .because("writing the layers is exercises 06.4 and 06.5")
                .check(MAIN);
    }
}
