package zerotohero.backprop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import zerotohero.kit.Tensor;

/** The module's rule: every gradient in the main code is written by hand; autograd is only the tests' oracle. */
@DisplayName("07 rules: no autograd in the main code")
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("zerotohero.backprop");

    @Test
    @DisplayName("no main class calls kit's Tensor.backward() or reads Tensor.grad()")
    void noAutograd() {
        noClasses().should().callMethod(Tensor.class, "backward")
                .orShould().callMethod(Tensor.class, "backward", INDArray.class)
                .orShould().callMethod(Tensor.class, "grad")
                .because("the gradients of 07 are written by hand; autograd only checks them, in the tests")
                .check(MAIN);
    }

    @Test
    @DisplayName("no main class uses kit's nn layers or optimisers")
    void noLayersOrOptimisers() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("zerotohero.kit.nn..", "zerotohero.kit.optim..")
                .because("the network's parameters and their updates are written out by hand in this module")
                .check(MAIN);
    }
}
