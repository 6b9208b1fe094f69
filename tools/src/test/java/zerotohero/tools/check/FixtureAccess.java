package zerotohero.tools.check;

import java.nio.file.Path;

/** Lets tests outside this package build the fixture course. */
public final class FixtureAccess {

    private FixtureAccess() {
    }

    public static void soundCourse(Path root) {
        new Fixture(root).build();
    }
}
