package io.milkledger.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @TempDir
    Path folder;

    @Test
    void data_survives_a_restart_in_the_same_folder() throws Exception {
        try (EmbeddedPostgres postgres = LocalPostgres.start(folder)) {
            execute(postgres.getPort(), "create table delivery (litres numeric); insert into delivery values (1.5)");
        }

        try (EmbeddedPostgres postgres = LocalPostgres.start(folder)) {
            assertThat(litres(postgres.getPort())).isEqualTo("1.5");
        }
    }

    @Test
    void pid_file_whose_pid_was_reused_by_another_process_does_not_block_the_start() throws Exception {
        LocalPostgres.start(folder).close();
        // As after a reboot: the pid in the file now belongs to a live process that is no
        // PostgreSQL, which PostgreSQL itself would take for a running server.
        Process otherProcess = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(folder.resolve("postmaster.pid"), otherProcess.pid() + "\n" + folder + "\n");

            try (EmbeddedPostgres postgres = LocalPostgres.start(folder)) {
                execute(postgres.getPort(), "select 1");
            }
            assertThat(otherProcess.isAlive()).isTrue();
        } finally {
            otherProcess.destroy();
        }
    }

    @Test
    void postgres_left_behind_by_a_killed_jvm_is_stopped_and_its_data_kept() throws Exception {
        var earlierRun = PostgresInAnotherJvm.start(folder);
        // A handle, unlike a bare pid, never points at a later process that reuses the pid.
        ProcessHandle orphan = ProcessHandle.of(PostgresInAnotherJvm.postmasterPid(folder)).orElseThrow();
        try {
            execute(earlierRun.port(), "create table delivery (litres numeric); insert into delivery values (2.25)");
            earlierRun.kill();
            assertThat(orphan.isAlive()).as("PostgreSQL outlives its killed JVM").isTrue();

            try (EmbeddedPostgres postgres = LocalPostgres.start(folder)) {
                assertThat(litres(postgres.getPort())).isEqualTo("2.25");
                assertThat(orphan.isAlive()).isFalse();
            }
        } finally {
            earlierRun.kill();
            orphan.destroyForcibly();
        }
    }

    @Test
    void postgres_of_a_running_application_is_left_alone() throws Exception {
        var runningApplication = PostgresInAnotherJvm.start(folder);
        try {
            assertThatThrownBy(() -> LocalPostgres.start(folder))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another running application");

            execute(runningApplication.port(), "select 1");
        } finally {
            runningApplication.stop();
        }
    }

    @Test
    void the_server_that_keeps_a_households_records_writes_them_crash_safe() throws Exception {
        try (EmbeddedPostgres postgres = LocalPostgres.start(folder)) {
            assertThat(setting(postgres.getPort(), "fsync")).isEqualTo("on");
            assertThat(setting(postgres.getPort(), "full_page_writes")).isEqualTo("on");
            assertThat(setting(postgres.getPort(), "synchronous_commit")).isEqualTo("on");
        }
    }

    private static String setting(int port, String name) throws SQLException {
        try (Connection connection = connect(port);
                var result = connection.createStatement().executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void execute(int port, String sql) throws SQLException {
        try (Connection connection = connect(port)) {
            connection.createStatement().execute(sql);
        }
    }

    private static String litres(int port) throws SQLException {
        try (Connection connection = connect(port);
                var result = connection.createStatement().executeQuery("select litres from delivery")) {
            result.next();
            return result.getString(1);
        }
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
    }
}
