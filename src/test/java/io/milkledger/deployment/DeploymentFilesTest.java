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

    @Test
    void the_deploy_check_starts_production_with_every_required_setting_and_expects_them_named_when_missing()
            throws IOException {
        String check = Files.readString(Path.of(".ci/deploy-check"));

        assertThat(check).contains("APP_BASE_URL=https://", "MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY=\"$(",
                "grep -q 'APP_BASE_URL is not set'", "grep -q 'MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY is not set'");
    }

    @Test
    void the_readme_tells_both_platforms_to_set_the_required_settings() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String railway = readme.substring(readme.indexOf("### Railway"), readme.indexOf("### Heroku"));
        String heroku = readme.substring(readme.indexOf("### Heroku"), readme.indexOf("### Sign-in with Google"));

        assertThat(railway).contains("APP_BASE_URL", "MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY",
                "openssl rand -base64 32");
        assertThat(heroku).contains("APP_BASE_URL=",
                "MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY=\"$(openssl rand -base64 32)\"");
    }
}
