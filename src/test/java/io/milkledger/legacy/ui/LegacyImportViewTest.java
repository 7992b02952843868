package io.milkledger.legacy.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.VaadinSession;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LegacyImportViewTest extends SpringBrowserlessTest {

    @Autowired
    Households households;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private String email;

    @BeforeEach
    void signInAsAdmin() {
        String admin = households.register("Admin", ZoneId.of("Asia/Kolkata"));
        households.signInAsAdmin(admin);
        email = "rani-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void the_page_opens_in_the_main_layout_with_the_side_navigation() {
        navigate(LegacyImportView.class);

        assertThat($(SideNavItem.class).withCondition(item -> "Import old app".equals(item.getLabel())).exists())
                .isTrue();
    }

    @Test
    void an_uploaded_file_is_reported_first_then_imported_with_progress_and_the_upload_is_deleted()
            throws Exception {
        LegacyImportView view = navigate(LegacyImportView.class);
        Path file = oldDatabase();

        view.received("milk-calculation.db", file.toFile());

        assertThat(view.report.getText()).contains("Dry run: nothing was written.", email, "entries to add: 2",
                "The file milk-calculation.db");
        assertThat(view.importButton.isEnabled()).isTrue();
        assertThat(deliveries()).isZero();

        test(view.importButton).click();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (view.running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        // what the next poll does in a browser: run the changes the import queued with UI.access
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();

        assertThat(view.running()).isFalse();
        assertThat(view.status.getText()).isEqualTo("Import finished.");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.report.getText()).contains("Import finished.", "entries added: 2",
                "Oct 2025: old app 75.00, Milk Ledger 75.00  ok");
        assertThat(deliveries()).isEqualTo(2);
        assertThat(file).doesNotExist();
    }

    @Test
    void a_file_that_is_not_the_old_database_is_refused_and_deleted() throws Exception {
        LegacyImportView view = navigate(LegacyImportView.class);
        Path junk = Files.writeString(folder.resolve("photo.jpg"), "not a database");

        view.received("photo.jpg", junk.toFile());

        assertThat(view.status.getText()).startsWith("The file photo.jpg is not a SQLite database");
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(view.report.isVisible()).isFalse();
        assertThat(junk).doesNotExist();
    }

    @Test
    void the_upload_takes_one_file_of_at_most_50_megabytes() {
        LegacyImportView view = navigate(LegacyImportView.class);

        assertThat(view.upload.getMaxFiles()).isEqualTo(1);
        assertThat(view.upload.getMaxFileSize()).isEqualTo(50 * 1024 * 1024);
    }

    @Test
    void a_household_that_is_not_an_admin_does_not_get_the_page() {
        households.registerAndSignIn("Usha");

        assertThatThrownBy(() -> navigate(LegacyImportView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).as("as if there were no such page").isInstanceOf(RouteNotFoundError.class);
    }

    private Path oldDatabase() throws Exception {
        Path file = folder.resolve("milk-calculation.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE user (id INTEGER NOT NULL, email VARCHAR(120) NOT NULL, username VARCHAR(80),
                        password_hash VARCHAR(200), oauth_provider VARCHAR(20), oauth_id VARCHAR(200),
                        email_verified BOOLEAN NOT NULL, created_at DATETIME NOT NULL, PRIMARY KEY (id))""");
            statement.execute("""
                    CREATE TABLE milk (id INTEGER PRIMARY KEY, date VARCHAR(250), milk_qty FLOAT, cost FLOAT,
                        month_year VARCHAR(50), user_id INTEGER NOT NULL)""");
            statement.execute("insert into user values (1, '" + email + "', 'rani', null, null, null, 1,"
                    + " '2025-11-13 18:13:43.450644')");
            statement.execute("insert into milk values (1, '01-10-2025', 0.5, 25.0, '10-2025', 1)");
            statement.execute("insert into milk values (2, '02-10-2025', 1.0, 50.0, '10-2025', 1)");
        }
        return file;
    }

    private long deliveries() {
        return jdbc.sql("select count(*) from deliveries d join users u on u.id = d.owner_id where u.email = ?")
                .param(email).query(Long.class).single();
    }
}
