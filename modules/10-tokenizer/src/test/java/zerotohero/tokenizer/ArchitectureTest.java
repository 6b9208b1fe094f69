package zerotohero.tokenizer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.kit.Todo;

/** The module's rules: tokenizers in plain Java, with no tokenizer library and no tensors. */
@DisplayName("10 rules: plain Java, no JTokkit, no tensors")
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("zerotohero.tokenizer");

    @Test
    @DisplayName("no JTokkit in main code: it is only the reference the tests compare with")
    void noJtokkit() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.knuddels..")
                .because("GPT4Tokenizer must rebuild cl100k_base itself; JTokkit is the tests' reference only")
                .check(MAIN);
    }

    @Test
    @DisplayName("no ND4J: a tokenizer is ints, bytes and maps")
    void noNd4j() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..")
                .because("10-tokenizer is plain Java")
                .check(MAIN);
    }

    @Test
    @DisplayName("from kit only Todo, the dataset loader, charts and the lesson folder")
    void kitDataOnly() {
        noClasses().should().dependOnClassesThat(DescribedPredicate.describe(
                        "are kit classes other than Todo, kit.data, kit.plot and kit.run", ArchitectureTest::forbiddenKit))
                .because("no tensors here: the tokenizer works on bytes")
                .check(MAIN);
    }

    private static boolean forbiddenKit(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith("zerotohero.kit")) {
            return false;
        }
        return !(c.isEquivalentTo(Todo.class) || p.equals("zerotohero.kit.data") || p.equals("zerotohero.kit.plot")
                || p.equals("zerotohero.kit.run"));
    }
}
