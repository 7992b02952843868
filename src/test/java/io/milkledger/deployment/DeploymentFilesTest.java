package io.milkledger.deployment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform files describe the same start, so Railway and Heroku never drift apart. */
class DeploymentFilesTest {

    @Test
    void railway_starts_the_app_exactly_as_the_procfile_does() throws IOException {
        String procfile = Files.readString(Path.of("Procfile")).strip();
        Matcher start = Pattern.compile("\"startCommand\":\\s*\"([^\"]+)\"")
                .matcher(Files.readString(Path.of("railway.json")));

        assertThat(procfile).startsWith("web: ");
        assertThat(start.find()).isTrue();
        assertThat(start.group(1)).isEqualTo(procfile.substring("web: ".length()));
    }

    @Test
    void the_start_command_runs_the_stable_jar_name_in_production_on_the_platforms_port() throws IOException {
        String procfile = Files.readString(Path.of("Procfile"));

        assertThat(procfile).contains("-Dspring.profiles.active=prod", "-Dserver.port=$PORT",
                "-jar target/milk-ledger.jar", "-XX:MaxRAMPercentage=");
        assertThat(Files.readString(Path.of("system.properties"))).contains("java.runtime.version=21");
        assertThat(Files.readString(Path.of("railway.json"))).contains("/actuator/health/readiness");
    }
}
