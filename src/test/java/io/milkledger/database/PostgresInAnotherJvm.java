package io.milkledger.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An earlier run of the application: a separate JVM that starts PostgreSQL on a folder and keeps
 * it until told to stop, or until it is killed like {@code kill -9}. A second JVM is needed
 * because a killed JVM's file locks are released by the operating system, which no trick inside
 * one JVM reproduces.
 */
final class PostgresInAnotherJvm {

    private final Process jvm;

    private final int port;

    private PostgresInAnotherJvm(Process jvm, int port) {
        this.jvm = jvm;
        this.port = port;
    }

    static PostgresInAnotherJvm start(Path dataDirectory) throws IOException {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PostgresInAnotherJvm.class.getName(),
                dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output = jvm.inputReader();
        List<String> lines = new ArrayList<>();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("ready on port ")) {
                // Keep draining, or the other JVM blocks once the pipe is full.
                Thread.ofVirtual().start(() -> drain(jvm));
                return new PostgresInAnotherJvm(jvm, Integer.parseInt(line.substring("ready on port ".length())));
            }
            lines.add(line);
        }
        throw new IOException("The other JVM did not start PostgreSQL:\n" + String.join("\n", lines));
    }

    int port() {
        return port;
    }

    static long postmasterPid(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip());
    }

    /** Like {@code kill -9}: no shutdown hook runs, so PostgreSQL is left behind. */
    void kill() throws InterruptedException {
        jvm.destroyForcibly().waitFor();
    }

    /** Lets the other JVM stop its PostgreSQL and exit. */
    void stop() throws IOException, InterruptedException {
        jvm.getOutputStream().close();
        if (!jvm.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static void drain(Process jvm) {
        try {
            jvm.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the other JVM is gone
        }
    }

    public static void main(String[] args) throws IOException {
        try (EmbeddedPostgres postgres = LocalPostgres.start(Path.of(args[0]))) {
            System.out.println("ready on port " + postgres.getPort());
            System.out.flush();
            // Runs until the test closes this JVM's input or kills it.
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
