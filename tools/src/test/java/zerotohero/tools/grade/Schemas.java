package zerotohero.tools.grade;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Validates the grader's JSON files against the schemas that document them (tools/schema). */
final class Schemas {

    private Schemas() {
    }

    static void assertValid(String schemaFile, Path json) {
        try {
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            JsonSchema schema = factory.getSchema(Files.readString(Path.of("schema").resolve(schemaFile)));
            Set<ValidationMessage> errors = schema.validate(Reports.JSON.readTree(json.toFile()));
            assertThat(errors).as(json + " against " + schemaFile).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
