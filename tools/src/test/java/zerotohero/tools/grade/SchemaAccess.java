package zerotohero.tools.grade;

import java.nio.file.Path;

/** Lets tests outside this package validate against the schemas. */
public final class SchemaAccess {

    private SchemaAccess() {
    }

    public static void assertValid(String schemaFile, Path json) {
        Schemas.assertValid(schemaFile, json);
    }
}
