package io.milkledger.badinput;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The environment variables a deployment sets: a bad value stops the start with one short line that names the
 * variable, before anything else runs. Checked through the startup check as Spring Boot registers it.
 */
@ExtendWith(NoErrorsLogged.class)
class DeploymentSettingsBadInputTest {

    private static final String LONG = "9".repeat(10_000);

    static Stream<Arguments> badSettings() {
        List<Arguments> cases = new ArrayList<>();
        for (String url : List.of("junk", "postgres://", "postgres://milk:secret@db:abc/ledger", "mysql://milk:secret@db/ledger",
                "http://example.com", LONG, "postgres://milk:secret@db/ledger\nSET x", "postgres://milk:secret@db\u0000/ledger",
                "'; drop table users; --")) {
            cases.add(badValue("DATABASE_URL", url, Map.of()));
        }
        for (String base : List.of("junk", "ftp://milk.example.com", "http://", "https://", "://", "https://milk example.com",
                LONG, "https://milk.example.com\nX-Forwarded-Host: evil.example", "javascript:alert(1)")) {
            cases.add(badValue("APP_BASE_URL", base, Map.of()));
        }
        for (String port : List.of("abc", "0", "-1", "65536", "99999", "80.5", "1e3", "80\u000080", LONG)) {
            cases.add(badValue("PORT", port, Map.of()));
        }
        Map<String, String> mailServer = Map.of("SMTP_HOST", "smtp.example.com", "MAIL_FROM", "milk@example.com");
        for (String port : List.of("abc", "0", "65536", "-25", "587.0", "58\u00007", LONG)) {
            cases.add(badValue("SMTP_PORT", port, mailServer));
        }
        for (String mode : List.of("yes", "true", "0", "requried", "off please", "o\u0000ff", LONG, "<script>")) {
            cases.add(badValue("EMAIL_VERIFICATION", mode, Map.of()));
        }
        for (String admins : List.of("not-an-email", "asha@example.com;ravi@example.com", "asha@example.com,,ravi@example.com",
                LONG)) {
            cases.add(badValue("APP_ADMIN_EMAILS", admins, Map.of()));
        }
        for (String from : List.of("milk", "milk@", LONG)) {
            cases.add(badValue("MAIL_FROM", from, Map.of("SMTP_HOST", "smtp.example.com")));
        }
        return cases.stream();
    }

    private static Arguments badValue(String variable, String value, Map<String, String> others) {
        String shown = value.length() > 40 ? value.length() + " characters" : value
                .replace("\n", "\\n").replace("\u0000", "\\0");
        return arguments(named(variable + "=" + shown, variable), value, others);
    }

    @ParameterizedTest(name = "{0} stops the start with one line naming the variable")
    @MethodSource("badSettings")
    void a_bad_setting_is_named_in_one_line(String variable, String value, Map<String, String> others) {
        MockEnvironment environment = new MockEnvironment().withProperty(variable, value);
        others.forEach(environment::setProperty);

        List<String> problems = problems(environment);

        assertThat(problems).as("the problems reported").isNotEmpty();
        assertThat(problems).anySatisfy(line -> assertThat(line).startsWith(variable));
        assertThat(problems).allSatisfy(line -> {
            assertThat(line).as("one line").doesNotContain("\n", "\r", "\u0000");
            assertThat(line.length()).as("a short line").isLessThan(400);
            assertThat(line).as("no password shown").doesNotContain("secret");
        });
    }

    private static List<String> problems(MockEnvironment environment) {
        List<EnvironmentPostProcessor> checks = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(EnvironmentPostProcessor.class, SpringFactoriesLoader.ArgumentResolver.of(DeferredLogFactory.class,
                        destination -> destination.get()))
                .stream()
                .filter(check -> check.getClass().getSimpleName().equals("SettingsCheck"))
                .toList();
        assertThat(checks).hasSize(1);
        try {
            checks.getFirst().postProcessEnvironment(environment, new SpringApplication());
            return List.of();
        } catch (RuntimeException misconfigured) {
            return misconfigured.getMessage().lines().toList();
        }
    }
}
