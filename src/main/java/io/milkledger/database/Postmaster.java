package io.milkledger.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds and stops the PostgreSQL server process that {@code postmaster.pid} names. */
final class Postmaster {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(15);

    private static final Duration FORCED_STOP = Duration.ofSeconds(5);

    private Postmaster() {
    }

    /**
     * The running server that the folder's pid file names, if it still serves this folder. After a
     * reboot the pid may belong to an unrelated process, which must be left alone.
     */
    static Optional<ProcessHandle> servingFolder(Path directory, Path pidFile) throws IOException {
        // The first line is the pid; the file may be empty or cut short if the server was killed
        // while writing it.
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("[0-9]{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(process -> servesDirectory(process, directory));
    }

    private static boolean servesDirectory(ProcessHandle process, Path directory) {
        ProcessHandle.Info info = process.info();
        boolean isPostgres = info.command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        // pg_ctl starts the server as "postgres -D <folder> ...".
        List<String> arguments = Arrays.asList(info.arguments().orElse(new String[0]));
        int flag = arguments.indexOf("-D");
        return isPostgres && flag >= 0 && flag + 1 < arguments.size()
                && isSameFolder(arguments.get(flag + 1), directory);
    }

    private static boolean isSameFolder(String argument, Path directory) {
        try {
            return Files.isSameFile(Path.of(argument), directory);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Stops the server, cleanly if it lets itself be stopped within 15 seconds. */
    static void stop(ProcessHandle postmaster) throws IOException {
        List<ProcessHandle> backends = postmaster.descendants().toList();
        // SIGTERM is PostgreSQL's "smart" shutdown: it checkpoints and ends cleanly once no client
        // is connected, which is the case when the JVM that used it is gone.
        postmaster.destroy();
        if (awaitExit(postmaster, GRACEFUL_STOP)) {
            return;
        }
        log.warn("PostgreSQL (pid {}) did not stop within {} s; killing it", postmaster.pid(),
                GRACEFUL_STOP.toSeconds());
        postmaster.destroyForcibly();
        // Backends outliving a killed server would keep its shared memory and block the next start.
        backends.forEach(ProcessHandle::destroyForcibly);
        if (!awaitExit(postmaster, FORCED_STOP)) {
            throw new IOException("Could not stop the orphaned PostgreSQL with pid " + postmaster.pid());
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) throws IOException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IOException("Could not wait for PostgreSQL (pid " + process.pid() + ") to stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for PostgreSQL to stop", e);
        }
    }
}
