package io.milkledger.database;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a real PostgreSQL on a data folder that outlives the JVM.
 *
 * <p>When a JVM is killed ({@code kill -9}, an IDE's stop button) the server it started keeps
 * running and holds {@code postmaster.pid}, so the next start would fail. Before starting, this
 * stops such an orphan, but never a PostgreSQL that a still-running application is using.
 */
final class LocalPostgres {

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

    // zonky's EmbeddedPostgres holds a lock on this file for as long as its JVM uses the folder,
    // and the operating system releases it when that JVM dies, however it dies.
    private static final String OWNER_LOCK_FILE = "epg-lock";

    private static final String PID_FILE = "postmaster.pid";

    // Crash recovery of a folder whose server was killed can take longer than zonky's 10 s default.
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private LocalPostgres() {
    }

    /**
     * Starts PostgreSQL on the folder, creating and initialising it on first use. The caller
     * closes the returned server.
     *
     * @throws IllegalStateException when another running application uses the folder
     */
    static EmbeddedPostgres start(Path dataDirectory) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        stopOrphanedServer(directory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // zonky starts the server with -F (fsync off) and without synchronous commits, which suits
                // throwaway test databases; this folder keeps a household's only copy of its records, and a
                // power cut or an OS crash must not corrupt it. A -c option after -F overrides it.
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(STARTUP_WAIT)
                .start();
    }

    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(OWNER_LOCK_FILE), CREATE, WRITE);
                FileLock ownerLock = tryLock(channel)) {
            if (ownerLock == null) {
                throw new IllegalStateException("The PostgreSQL data folder " + directory
                        + " is in use by another running application; stop that application, or set"
                        + " milk-ledger.embedded-database.directory to another folder.");
            }
            Optional<ProcessHandle> orphan = Postmaster.servingFolder(directory, pidFile);
            if (orphan.isPresent()) {
                Postmaster.stop(orphan.get());
                log.warn("Stopped an orphaned PostgreSQL (pid {}) left running on {} by an earlier run",
                        orphan.get().pid(), directory);
            } else {
                // The server is gone, or its pid now belongs to another process that PostgreSQL
                // would take for a running server and refuse to start.
                Files.deleteIfExists(pidFile);
            }
        }
    }

    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // This JVM itself still uses the folder.
            return null;
        }
    }
}
