package zerotohero.gpt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The module's rule: layer norm, attention and the model are the learner's own. kit's Tensor ops and its
 * Linear, Embedding, Dropout, ReLU, Sequential, AdamW, GradClip and schedules are fine.
 */
@DisplayName("09 rules: LayerNorm, attention and the GPT are written here")
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("zerotohero.gpt");

    @Test
    @DisplayName("no main class uses kit's LayerNorm or BatchNorm1d, or its fused normalize op")
    void ownLayerNorm() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.LayerNorm")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("zerotohero.kit.nn.BatchNorm1d")
                .orShould().callMethod(zerotohero.kit.Tensor.class, "normalize", int[].class,
                        zerotohero.kit.Tensor.class, zerotohero.kit.Tensor.class, double.class)
                .because("writing layer norm is exercise 09.6")
                .check(MAIN);
    }

    @Test
    @DisplayName("no main class borrows kit's benchmark GPT (its attention, blocks or model)")
    void ownModel() {
        noClasses().should().dependOnClassesThat().resideInAPackage("zerotohero.kit.bench..")
                .because("attention, the block and the model are exercises 09.4 to 09.7")
                .check(MAIN);
    }
}
