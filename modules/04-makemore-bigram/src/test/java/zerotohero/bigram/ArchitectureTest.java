package zerotohero.bigram;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.kit.data.ContextWindows;
import zerotohero.kit.nn.Embedding;
import zerotohero.kit.nn.Linear;

/** The module's rules: the vocabulary, the bigrams and the model are the learner's own. */
@DisplayName("04 rules: build the vocabulary and the model yourself")
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("zerotohero.bigram");

    @Test
    @DisplayName("no kit.data.Vocabulary or ContextWindows: this module's own Vocabulary and Bigrams are the exercise")
    void ownVocabulary() {
        noClasses().should().dependOnClassesThat().belongToAnyOf(zerotohero.kit.data.Vocabulary.class, ContextWindows.class)
                .because("04.1 and 04.2 build the vocabulary and the bigram pairs by hand")
                .check(MAIN);
    }

    @Test
    @DisplayName("no kit.nn layers: the neural bigram is a bare weight matrix")
    void noLayers() {
        noClasses().should().dependOnClassesThat().belongToAnyOf(Linear.class, Embedding.class)
                .because("04.6 writes the forward pass itself: one-hot (or a row lookup) times W")
                .check(MAIN);
    }
}
