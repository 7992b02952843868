package io.milkledger.account;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** On a laptop, without a mail server, the links are written to the log, so whoever runs the app can open them. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LinksInTheLogTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    EmailVerificationService verification;
    @Autowired
    PasswordResetService resets;

    @Test
    void without_a_mail_server_the_verification_link_is_logged_and_works(CapturedOutput output) {
        String email = "laptop-" + UUID.randomUUID() + "@example.com";
        registrations.register(new Registration("Asha", email, Households.PASSWORD, Households.PASSWORD,
                ZoneId.of("Asia/Kolkata")));

        assertThat(output).contains("INFO", "AccountMail",
                "No mail server is set (SMTP_HOST), so here is the link for " + email + " to confirm their email: "
                        + "http://localhost:8080/verify-email?token=");
        assertThat(verification.confirm(linkToken(output, "/verify-email"))).isEqualTo(EmailLinkStatus.WORKS);
    }

    @Test
    void without_a_mail_server_a_laptop_can_still_reset_a_password_through_the_log(CapturedOutput output,
                                                                                    @Autowired Households households) {
        String email = households.register("Bala", ZoneId.of("Asia/Kolkata"));

        assertThat(resets.available()).isTrue();
        resets.requestReset(email);

        assertThat(output).contains("here is the link for " + email + " to choose a new password");
        assertThat(resets.linkStatus(linkToken(output, "/reset-password"))).isEqualTo(EmailLinkStatus.WORKS);
    }

    @Test
    void a_reset_link_never_takes_its_host_from_the_request_that_asked(CapturedOutput output,
                                                                      @Autowired Households households) {
        String email = households.register("Chitra", ZoneId.of("Asia/Kolkata"));
        // as behind the platform's proxy, whose forwarded headers the asker sets
        var request = (MockHttpServletRequest) ((ServletRequestAttributes) RequestContextHolder
                .currentRequestAttributes()).getRequest();
        request.setServerName("evil.example");
        request.addHeader("Host", "evil.example");
        request.addHeader("X-Forwarded-Host", "evil.example");

        resets.requestReset(email);

        assertThat(output).contains("here is the link for " + email + " to choose a new password: "
                + "http://localhost:8080/reset-password?token=").doesNotContain("evil.example");
    }

    private static String linkToken(CapturedOutput output, String path) {
        Matcher link = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]{43})").matcher(output.getAll());
        String token = null;
        while (link.find()) {
            token = link.group(1);
        }
        assertThat(token).as("a link to " + path + " in the log").isNotNull();
        return token;
    }
}
