package zerotohero.wavenet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The module's rule: the layers and the container are the learner's own (or, for Linear and Tanh, the
 * module's given copies of what module 06 wrote); kit's Tensor ops, Module base class and Checkpoint are
 * fine.
 */
@DisplayName("08 rules: Embedding, FlattenConsecutive, Sequential, BatchNorm1d and the other layers are written here")
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("zerotohero.wavenet");

    @Test
    @DisplayName("no main class uses kit.nn's layers (Embedding, Sequential, BatchNorm1d, Linear, Tanh, ...)")
    void ownLayers() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.Embedding")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.Sequential")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.BatchNorm1d")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.Linear")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.Tanh")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.LayerNorm")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.ReLU")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.Dropout")
                .because("writing Embedding, FlattenConsecutive, Sequential and BatchNorm1d is exercises 08.1 to 08.4")
                .check(MAIN);
    }
}
