package io.milkledger.legacy;

import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code import-legacy} command as {@link LegacyImportCli} runs it, without anyone signed in. */
@IntegrationTest
class LegacyImportCommandTest {

    @Autowired
    LegacyImporter importer;
    @Autowired
    ApplicationContext context;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void the_web_app_has_no_command_bean() {
        assertThat(context.getBeanProvider(LegacyImportCommand.class).getIfAvailable()).isNull();
    }

    @Test
    void a_missing_file_fails_with_a_clear_message() {
        int exit = run("import-legacy", "--sqlite", folder.resolve("nowhere.db").toString());

        assertThat(exit).isEqualTo(LegacyImportCommand.FAILED);
        assertThat(err()).startsWith("Import failed: There is no file").contains("Nothing was imported.");
    }

    @Test
    void wrong_arguments_print_the_usage() {
        assertThat(run("import-legacy")).isEqualTo(LegacyImportCommand.USAGE);
        assertThat(err()).contains("Give either --sqlite or --url.", "Usage: java -jar milk-ledger.jar import-legacy");
        assertThat(run("import-legacy", "--sqlite")).isEqualTo(LegacyImportCommand.USAGE);
        assertThat(run("import-legacy", "--sqlite", "a.db", "--url", "postgres://h/db")).isEqualTo(2);
        assertThat(run("import-legacy", "--force")).isEqualTo(LegacyImportCommand.USAGE);
    }

    @Test
    void an_unreadable_database_address_fails_without_showing_its_password() {
        int exit = run("import-legacy", "--url", "mysql://me:secret@host/db");

        assertThat(exit).isEqualTo(LegacyImportCommand.FAILED);
        assertThat(err()).contains("The old database's address must look like").doesNotContain("secret");
    }

    @Test
    void a_good_file_is_reported_in_a_dry_run_then_imported() throws Exception {
        String email = LegacyImportTest.unique("priya");
        Path file = folder.resolve("milk-calculation.db");
        try (OldAppDatabase old = OldAppDatabase.sqlite(file, false)) {
            old.user(1, email, LegacyImportTest.SCRYPT, true).milk(1, "01-10-2025", 0.5, 25.0, "10-2025", 1);
        }

        assertThat(run("import-legacy", "--sqlite", file.toString(), "--dry-run")).isZero();
        assertThat(out()).contains("Dry run: nothing was written.", email, "entries to add: 1");

        out.reset();
        assertThat(run("import-legacy", "--sqlite", file.toString())).isZero();
        assertThat(out()).contains("Import finished.", "entries added: 1",
                "Oct 2025: old app 25.00, Milk Ledger 25.00  ok", "month totals match the old app.");
        assertThat(err()).isEmpty();
    }

    private int run(String... args) {
        err.reset();
        return new LegacyImportCommand(importer).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
