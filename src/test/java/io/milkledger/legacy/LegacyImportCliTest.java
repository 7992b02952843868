package io.milkledger.legacy;

import io.milkledger.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code Application.main} does with {@code import-legacy} before any of the app starts. */
class LegacyImportCliTest {

    @TempDir
    Path folder;

    @Test
    void only_import_legacy_as_the_first_argument_selects_the_command() {
        assertThat(LegacyImportCli.requested(new String[]{"import-legacy", "--sqlite", "a.db"})).isTrue();
        assertThat(LegacyImportCli.requested(new String[]{})).isFalse();
        assertThat(LegacyImportCli.requested(new String[]{"--server.port=9090", "import-legacy"})).isFalse();
    }

    @Test
    void wrong_arguments_and_unreadable_files_fail_before_the_app_starts() throws Exception {
        Path notADatabase = Files.writeString(folder.resolve("notes.db"), "not a database");

        assertThat(run("import-legacy")).isEqualTo(LegacyImportCommand.USAGE);
        assertThat(run("import-legacy", "--sqlite", folder.resolve("missing.db").toString()))
                .isEqualTo(LegacyImportCommand.FAILED);
        assertThat(run("import-legacy", "--sqlite", notADatabase.toString())).isEqualTo(LegacyImportCommand.FAILED);
        assertThat(run("import-legacy", "--url", "mysql://host/db")).isEqualTo(LegacyImportCommand.FAILED);
        assertThat(run("import-legacy", "--help")).isEqualTo(LegacyImportCommand.OK);
    }

    private static int run(String... args) {
        return LegacyImportCli.run(Application.class, args);
    }
}
