package io.milkledger.badinput;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.milkledger.IntegrationTest;
import io.milkledger.admin.AuditEntry;
import io.milkledger.admin.UserSummary;
import org.jspecify.annotations.Nullable;
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
import java.util.Locale;
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

    @ParameterizedTest(name = "searching users for {0} finds only accounts that hold it literally")
    @MethodSource("searches")
    @SuppressWarnings("unchecked")
    void a_hostile_user_search_is_taken_literally(String text) {
        navigate("admin/users", Component.class);
        test($(TextField.class).withPlaceholder("Search email or name").single()).setValue(text);

        Grid<UserSummary> grid = $(Grid.class).single();
        for (int row = 0; row < test(grid).size(); row++) {
            UserSummary user = test(grid).getRow(row);
            assertThat(holds(text, user.email(), user.name())).as(user.email()).isTrue();
        }
        assertNothingStored();
    }

    @ParameterizedTest(name = "searching the audit log for {0} finds only lines that hold it literally")
    @MethodSource("searches")
    @SuppressWarnings("unchecked")
    void a_hostile_audit_search_is_taken_literally(String text) {
        navigate("admin/audit", Component.class);
        test($(TextField.class).withPlaceholderContaining("Search action").single()).setValue(text);

        Grid<AuditEntry> grid = $(Grid.class).single();
        for (int row = 0; row < test(grid).size(); row++) {
            AuditEntry line = test(grid).getRow(row);
            assertThat(holds(text, line.action(), line.actorEmail(), line.targetEmail(), line.clientAddress(),
                    line.detail())).as(line.toString()).isTrue();
        }
        assertNothingStored();
    }

    /** Whether one of the texts holds the search literally, in any case (a NUL as the audit log stores it). */
    private static boolean holds(String search, @Nullable String... texts) {
        String wanted = search.strip().replace('\u0000', '\uFFFD').toLowerCase(Locale.ROOT);
        return Arrays.stream(texts).anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(wanted));
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
