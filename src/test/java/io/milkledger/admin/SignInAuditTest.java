package io.milkledger.admin;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.account.RegistrationService;
import io.milkledger.account.Registration;
import io.milkledger.security.throttle.SignInThrottledException;
import io.milkledger.twofactor.SecondStepChecked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-ins through Spring's own authentication manager, as the sign-in form makes them: each lands in the audit
 * log, and an account that {@code APP_ADMIN_EMAILS} names becomes an admin when it signs in
 * ({@link IntegrationTest} names two such emails, which no other test registers).
 */
@IntegrationTest
class SignInAuditTest {

    @Autowired
    Households households;
    @Autowired
    RegistrationService registrations;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;

    AuthenticationManager authentication;

    @BeforeEach
    void springsAuthenticationManager(@Autowired AuthenticationConfiguration security) throws Exception {
        authentication = security.getAuthenticationManager();
    }

    @Test
    void a_successful_sign_in_is_logged_with_the_client_address_and_stamps_the_last_sign_in() {
        String email = households.register("Asha", ZoneId.of("Asia/Kolkata"));

        signIn(email, Households.PASSWORD, "203.0.113.7");

        assertThat(linesAbout(email)).as("one line per sign-in").hasSize(1);
        AuditEntry line = lastLineAbout(email);
        assertThat(line.action()).isEqualTo("SIGN_IN");
        assertThat(line.actorEmail()).isEqualTo(email);
        assertThat(line.clientAddress()).isEqualTo("203.0.113.7");
        assertThat(line.detail()).isEqualTo("with password");
        assertThat(jdbc.sql("select last_signed_in_at is not null from users where email = ?").param(email)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void a_wrong_password_and_a_lockout_are_logged_with_their_reasons() {
        String email = households.register("Ravi", ZoneId.of("Asia/Kolkata"));

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> signIn(email, "not the password", "198.51.100.4"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(email, "not the password", "198.51.100.4"))
                .isInstanceOf(SignInThrottledException.class);

        List<AuditEntry> lines = linesAbout(email);
        assertThat(lines).as("one line per attempt").hasSize(6);
        assertThat(lines.getFirst().action()).isEqualTo("SIGN_IN_LOCKED");
        assertThat(lines.getFirst().detail()).contains("too many failures");
        assertThat(lines.subList(1, 6)).allSatisfy(line -> {
            assertThat(line.action()).isEqualTo("SIGN_IN_FAILED");
            assertThat(line.detail()).isEqualTo("with password: wrong email or password");
            assertThat(line.clientAddress()).isEqualTo("198.51.100.4");
        });
    }

    @Test
    void refusals_of_a_throttled_email_are_counted_in_one_line_not_written_one_each() {
        String email = households.register("Sunil", ZoneId.of("Asia/Kolkata"));
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> signIn(email, "not the password", "198.51.100.8"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        for (int attempt = 0; attempt < 40; attempt++) {
            assertThatThrownBy(() -> signIn(email, "not the password", "198.51.100.8"))
                    .isInstanceOf(SignInThrottledException.class);
        }

        assertThat(jdbc.sql("select count(*) from audit_events where target_email = ?").param(email)
                .query(Long.class).single()).as("five failures and one line of refusals").isEqualTo(6);
        AuditEntry refusals = lastLineAbout(email);
        assertThat(refusals.action()).isEqualTo("SIGN_IN_LOCKED");
        assertThat(refusals.detail()).contains("too many failures").endsWith("(40 times within the hour)");
    }

    @Test
    void refused_two_factor_codes_are_counted_per_account_too(@Autowired ApplicationEventPublisher events) {
        String email = households.register("Tara", ZoneId.of("Asia/Kolkata"));
        long id = households.id(email);

        for (int attempt = 0; attempt < 25; attempt++) {
            events.publishEvent(new SecondStepChecked(id, email, SecondStepChecked.Outcome.TOO_MANY_WRONG_CODES,
                    false));
        }

        assertThat(linesAbout(email)).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("SIGN_IN_LOCKED");
            assertThat(line.detail()).isEqualTo("too many wrong codes lately (25 times within the hour)");
        });
    }

    @Test
    void lines_older_than_the_retention_period_are_deleted(@Autowired AuditRetention retention,
                                                            @Autowired AuditSettings settings) {
        String old = "old-" + UUID.randomUUID() + "@example.com";
        String recent = "recent-" + UUID.randomUUID() + "@example.com";
        for (var line : List.of(Map.entry(old, settings.retention().plusDays(1)),
                Map.entry(recent, settings.retention().minusDays(1)))) {
            jdbc.sql("""
                            insert into audit_events (occurred_at, action, target_email)
                            values (now() - make_interval(days => :days), 'SIGN_IN_FAILED', :email)""")
                    .param("days", (int) line.getValue().toDays()).param("email", line.getKey()).update();
        }

        retention.forgetOldLines();

        assertThat(settings.retention()).isEqualTo(Duration.ofDays(400));
        assertThat(jdbc.sql("select target_email from audit_events where target_email in (?, ?)")
                .params(old, recent).query(String.class).list()).containsExactly(recent);
    }

    @Test
    void a_sign_in_with_an_unknown_email_is_logged_with_the_email_typed() {
        String typed = "nobody-" + UUID.randomUUID() + "@example.com";

        assertThatThrownBy(() -> signIn(typed, "whatever it is", "192.0.2.1")).isInstanceOf(BadCredentialsException.class);

        assertThat(lastLineAbout(typed).action()).isEqualTo("SIGN_IN_FAILED");
    }

    @Test
    void an_account_named_in_app_admin_emails_becomes_an_admin_at_its_sign_in_and_the_grant_is_logged() {
        registrations.register(new Registration("First admin", "first.admin@example.com", Households.PASSWORD,
                Households.PASSWORD, ZoneId.of("UTC")));
        jdbc.sql("update users set email_verified = true, email_proven_at = now() "
                + "where email = 'first.admin@example.com'").update();

        Authentication signedIn = signIn("first.admin@example.com", Households.PASSWORD, "192.0.2.9");

        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");
        assertThat(jdbc.sql("""
                        select count(*) from user_roles r join users u on u.id = r.user_id
                        where u.email = 'first.admin@example.com' and r.role = 'ADMIN'""")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select detail from audit_events
                        where action = 'ADMIN_GRANTED' and target_email = 'first.admin@example.com'""")
                .query(String.class).list()).containsExactly("listed in APP_ADMIN_EMAILS");

        signIn("first.admin@example.com", Households.PASSWORD, "192.0.2.9");
        assertThat(jdbc.sql("select count(*) from audit_events where action = 'ADMIN_GRANTED' "
                + "and target_email = 'first.admin@example.com'").query(Long.class).single())
                .as("granted once").isEqualTo(1);
    }

    @Test
    void a_listed_account_whose_email_is_not_confirmed_is_not_made_an_admin() {
        registrations.register(new Registration("Other", "other@example.com", Households.PASSWORD, Households.PASSWORD,
                ZoneId.of("UTC")));

        assertThatThrownBy(() -> signIn("other@example.com", Households.PASSWORD, "192.0.2.10"))
                .hasMessageContaining("not");
        assertThat(jdbc.sql("""
                        select count(*) from user_roles r join users u on u.id = r.user_id
                        where u.email = 'other@example.com' and r.role = 'ADMIN'""")
                .query(Long.class).single()).isZero();
        assertThat(lastLineAbout("other@example.com").detail()).isEqualTo("with password: email not confirmed yet");
    }

    private Authentication signIn(String email, String password, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return authentication.authenticate(attempt);
    }

    private AuditEntry lastLineAbout(String email) {
        return linesAbout(email).getFirst();
    }

    /** Read through the admin's own service, newest first. */
    private List<AuditEntry> linesAbout(String email) {
        String admin = households.register("Auditor", ZoneId.of("UTC"));
        households.signInAsAdmin(admin);
        try {
            return auditLog.search(email, PageRequest.of(0, 20)).stream()
                    .filter(line -> email.equalsIgnoreCase(line.targetEmail()))
                    .toList();
        } finally {
            Households.signOut();
        }
    }
}
