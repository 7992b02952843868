package io.milkledger.badinput;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.milkledger.IntegrationTest;
import io.milkledger.admin.ui.AuditLogView;
import io.milkledger.admin.ui.UsersView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/**
 * The admin pages: searches with hostile text find nothing and break nothing, and a file that is not the old app's
 * database is explained on the import page without importing anything.
 */
@IntegrationTest
class AdminBadInputTest extends BadInputUiTest {

    @BeforeEach
    void signInAsAdmin() {
        households.signInAsAdmin(households.register("Admin", java.time.ZoneId.of("Asia/Kolkata")));
        remember();
    }

    static Stream<Named<String>> searches() {
        return Stream.of(
                named("a NUL character", "asha\u0000"),
                named("10,000 characters", BadValues.TEN_THOUSAND_CHARACTERS),
                named("SQL", "' or '1'='1' --"),
                named("a LIKE wildcard", "%"),
                named("a LIKE single-character wildcard", "_"),
                named("a backslash", "\\"),
                named("control characters", "\u0007\u001B[31m"),
                named("a right-to-left override", "\u202Eexample"),
                named("HTML and script", "<script>alert(1)</script>"));
    }

    static Stream<Named<byte[]>> notOldAppDatabases() throws IOException, SQLException {
        byte[] wrongTables = sqlite("create table recipes (id integer primary key, name text)");
        return Stream.of(
                named("an empty file", new byte[0]),
                named("a text file", "Date,Litres\n2025-06-01,1\n".getBytes(StandardCharsets.UTF_8)),
                named("binary junk", junk()),
                named("a SQLite database with other tables", wrongTables),
                named("a truncated SQLite database", Arrays.copyOf(wrongTables, 100)),
                named("a SQLite header and nothing else", "SQLite format 3\u0000".getBytes(StandardCharsets.UTF_8)),
                named("10,000 characters of text", BadValues.TEN_THOUSAND_CHARACTERS.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "searching users for {0} finds no one and breaks nothing")
    @MethodSource("searches")
    void a_hostile_user_search_finds_no_one(String text) {
        navigate(UsersView.class);
        test($(TextField.class).withPlaceholder("Search email or name").single()).setValue(text);

        assertThat(test($(Grid.class).single()).size()).isZero();
        assertNothingStored();
    }

    @ParameterizedTest(name = "searching the audit log for {0} finds nothing and breaks nothing")
    @MethodSource("searches")
    void a_hostile_audit_search_finds_nothing(String text) {
        navigate(AuditLogView.class);
        test($(TextField.class).withPlaceholderContaining("Search action").single()).setValue(text);

        assertThat(test($(Grid.class).single()).size()).isZero();
        assertNothingStored();
    }

    @ParameterizedTest(name = "uploading {0} as the old app's database is explained and imports nothing")
    @MethodSource("notOldAppDatabases")
    void a_file_that_is_not_the_old_apps_database_is_explained(byte[] file) {
        navigate("admin/import", com.vaadin.flow.component.Component.class);
        test($(Upload.class).single()).upload("milk-calculation.db", "application/octet-stream", file);

        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).containsAnyOf("not", "SQLite", "old app"));
        assertThat(button("Import").isEnabled()).isFalse();
        assertNothingStored();
    }

    private static byte[] sqlite(String schema) throws IOException, SQLException {
        Path file = Files.createTempFile("not-the-old-app", ".db");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.execute(schema);
            statement.execute("insert into recipes (name) values ('paneer')");
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    private static byte[] junk() {
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        return bytes;
    }
}
