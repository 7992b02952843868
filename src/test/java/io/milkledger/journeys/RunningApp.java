package io.milkledger.journeys;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged production jar, started the way a platform starts it: production profile, {@code PORT}, and a
 * {@code postgres://} {@code DATABASE_URL} pointing at a real PostgreSQL that lives as long as the app.
 */
final class RunningApp implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    /** {@code APP_BASE_URL}, which production requires: the address the links in the app's mails start with. */
    static final String PUBLIC_ADDRESS = "https://milk-ledger.example.com";

    private final EmbeddedPostgres postgres;
    private final Process app;
    private final Path log;
    private final int port;

    private RunningApp(EmbeddedPostgres postgres, Process app, Path log, int port) {
        this.postgres = postgres;
        this.app = app;
        this.log = log;
        this.port = port;
    }

    static RunningApp start() throws IOException, InterruptedException {
        return start(Map.of());
    }

    /** Starts the jar with extra environment variables on top of the platform's. */
    static RunningApp start(Map<String, String> environment) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("app.jar", "target/milk-ledger.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the journeys with ./mvnw verify");
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        int port = freePort();
        Path log = Files.createDirectories(Path.of("target", "journeys")).resolve("app-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("SPRING_PROFILES_ACTIVE", "prod");
        builder.environment().put("DATABASE_URL",
                "postgres://postgres:postgres@localhost:" + postgres.getPort() + "/postgres");
        builder.environment().put("APP_BASE_URL", PUBLIC_ADDRESS);
        builder.environment().put("MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY", randomKey());
        // production verifies emails only with a mail server; a test that brings one sets SMTP_* and turns it on
        builder.environment().put("EMAIL_VERIFICATION", "off");
        builder.environment().putAll(environment);
        RunningApp running = new RunningApp(postgres, builder.start(), log, port);
        running.awaitReady();
        return running;
    }

    /** The app's log so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A link from a mail, which points at the public address, as this local app serves it. */
    String local(String link) {
        if (!link.startsWith(PUBLIC_ADDRESS + "/")) {
            throw new AssertionError("the link does not start with APP_BASE_URL " + PUBLIC_ADDRESS + ": " + link);
        }
        return url(link.substring(PUBLIC_ADDRESS.length()));
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app exited during startup:\n" + Files.readString(log));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the app was not ready within " + STARTUP + ":\n" + Files.readString(log));
    }

    @Override
    public void close() throws IOException {
        app.destroy();
        try {
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        } catch (InterruptedException e) {
            app.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            postgres.close();
        }
    }

    /** As {@code openssl rand -base64 32} makes one. */
    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
