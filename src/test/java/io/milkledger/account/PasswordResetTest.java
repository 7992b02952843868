package io.milkledger.account;

import io.milkledger.Households;
import io.milkledger.MailIntegrationTest;
import io.milkledger.base.InvalidInputException;
import io.milkledger.security.SignedInUser;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

import static io.milkledger.TestMailServer.CLOCK;
import static io.milkledger.TestMailServer.RESET;
import static io.milkledger.TestMailServer.VERIFICATION;
import static io.milkledger.TestMailServer.mailTo;
import static io.milkledger.TestMailServer.mailsAfterASecond;
import static io.milkledger.TestMailServer.mailsTo;
import static io.milkledger.TestMailServer.text;
import static io.milkledger.TestMailServer.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Forgot your password?" through a real SMTP server. */
@MailIntegrationTest
class PasswordResetTest {

    private static final String NEW_PASSWORD = "a new jug on the step";

    @Autowired
    Households households;
    @Autowired
    RegistrationService registrations;
    @Autowired
    PasswordResetService resets;
    @Autowired
    JdbcClient jdbc;

    private AuthenticationManager authentication;

    @BeforeEach
    void useSpringsAuthenticationManager(@Autowired AuthenticationConfiguration security) throws Exception {
        authentication = security.getAuthenticationManager();
    }

    @Test
    void a_reset_link_sets_a_new_password_and_ends_every_session_of_the_household(
            @Autowired SessionRegistry sessions, @Autowired UserDetailsService users,
            @Autowired AccountSessions everywhere) throws Exception {
        String email = households.register("Ravi", ZoneId.of("Asia/Kolkata"));
        SignedInUser ravi = (SignedInUser) users.loadUserByUsername(email);
        sessions.registerNewSession("laptop-" + email, ravi);
        sessions.registerNewSession("phone-" + email, ravi);

        resets.requestReset(email.toUpperCase());
        MimeMessage mail = mailTo(email, RESET);
                assertThat(text(mail)).startsWith("Hello,").contains("within an hour", "your password stays as it is");
        assertThat(resets.reset(token(mail, "/reset-password"), NEW_PASSWORD, NEW_PASSWORD))
                .isEqualTo(EmailLinkStatus.WORKS);

        assertThat(signIn(email, NEW_PASSWORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(email, Households.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(sessions.getSessionInformation("laptop-" + email).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("phone-" + email).isExpired()).isTrue();
        // and on every other instance of the app
        assertThat(everywhere.validFrom(households.id(email))).isPresent();
    }

    @Test
    void the_reset_confirms_an_email_that_was_never_confirmed() {
        String email = "unconfirmed-" + UUID.randomUUID() + "@example.com";
        registrations.register(new Registration("Uma", email, Households.PASSWORD, Households.PASSWORD,
                ZoneId.of("Asia/Kolkata")));
        mailTo(email, VERIFICATION);

        resets.requestReset(email);
        String token = token(mailTo(email, RESET), "/reset-password");
        assertThat(resets.reset(token, NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(EmailLinkStatus.WORKS);

        assertThat(signIn(email, NEW_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void an_unknown_email_gets_the_same_answer_and_no_mail() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        String email = households.register("Meena", ZoneId.of("Asia/Kolkata"));

        resets.requestReset(nobody);
        resets.requestReset(email);

        assertThat(mailsTo(email, RESET, 1)).hasSize(1);
        assertThat(mailsAfterASecond(nobody, RESET)).isEmpty();
        assertThat(jdbc.sql("select count(*) from email_tokens where purpose = 'RESET' and user_id = "
                + "(select id from users where email = ?)").param(email).query(Long.class).single()).isOne();
    }

    @Test
    void a_reset_link_works_once_and_for_an_hour() {
        String email = households.register("Kiran", ZoneId.of("Asia/Kolkata"));
        resets.requestReset(email);
        String first = token(mailTo(email, RESET), "/reset-password");

        assertThat(resets.reset(first, NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(EmailLinkStatus.WORKS);
        assertThat(resets.reset(first, "yet another password", "yet another password"))
                .isEqualTo(EmailLinkStatus.ALREADY_USED);
        assertThat(signIn(email, NEW_PASSWORD).isAuthenticated()).isTrue();

        CLOCK.advance(Duration.ofMinutes(1));
        resets.requestReset(email);
        String second = token(mailsTo(email, RESET, 2).get(1), "/reset-password");
        CLOCK.advance(Duration.ofHours(1));
        assertThat(resets.linkStatus(second)).isEqualTo(EmailLinkStatus.EXPIRED);
        assertThat(resets.reset(second, "yet another password", "yet another password"))
                .isEqualTo(EmailLinkStatus.EXPIRED);
        assertThat(signIn(email, NEW_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_weak_or_mismatched_password_is_refused_and_the_link_keeps_working() {
        String email = households.register("Lata", ZoneId.of("Asia/Kolkata"));
        resets.requestReset(email);
        String token = token(mailTo(email, RESET), "/reset-password");

        assertThatThrownBy(() -> resets.reset(token, "password1234", "password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problem -> assertThat(problem.field()).isEqualTo("newPassword"));
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD, NEW_PASSWORD + "!"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problem -> assertThat(problem.field()).isEqualTo("confirmPassword"));

        assertThat(resets.linkStatus(token)).isEqualTo(EmailLinkStatus.WORKS);
        assertThat(signIn(email, Households.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_verification_link_does_not_reset_a_password() {
        String email = "mixed-" + UUID.randomUUID() + "@example.com";
        registrations.register(new Registration("Noor", email, Households.PASSWORD, Households.PASSWORD,
                ZoneId.of("Asia/Kolkata")));
        String verifyToken = token(mailTo(email, VERIFICATION), "/verify-email");

        assertThat(resets.reset(verifyToken, NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(EmailLinkStatus.UNKNOWN);
    }

    private Authentication signIn(String email, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
