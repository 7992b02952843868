package io.milkledger.account;

import io.milkledger.Households;
import io.milkledger.MailIntegrationTest;
import io.milkledger.TestMailServer;
import io.milkledger.security.EmailNotVerifiedException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.milkledger.TestMailServer.CLOCK;
import static io.milkledger.TestMailServer.VERIFICATION;
import static io.milkledger.TestMailServer.mailTo;
import static io.milkledger.TestMailServer.mailsAfterASecond;
import static io.milkledger.TestMailServer.mailsTo;
import static io.milkledger.TestMailServer.text;
import static io.milkledger.TestMailServer.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Sign-up mails a link through a real SMTP server; until it is opened, the right password does not sign in. */
@MailIntegrationTest
class EmailVerificationTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    EmailVerificationService verification;
    @Autowired
    JdbcClient jdbc;

    private AuthenticationManager authentication;

    @BeforeEach
    void useSpringsAuthenticationManager(@Autowired AuthenticationConfiguration security) throws Exception {
        authentication = security.getAuthenticationManager();
    }

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_new_household_signs_in_only_after_opening_the_link_in_its_friendly_plain_text_mail() throws Exception {
        String email = register();

        assertThatThrownBy(() -> signIn(email, Households.PASSWORD)).isInstanceOf(EmailNotVerifiedException.class);
        assertThatThrownBy(() -> signIn(email, "not the password at all"))
                .as("without the password nothing tells that the email is unconfirmed")
                .isExactlyInstanceOf(BadCredentialsException.class);

        MimeMessage mail = mailTo(email, VERIFICATION);
                assertThat(mail.getFrom()[0].toString()).isEqualTo("Milk Ledger <" + TestMailServer.FROM + ">");
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat(text(mail)).startsWith("Hello,").contains("confirm that this is your email address",
                "within 24 hours", "you can ignore this email");
        assertThat(verification.confirm(token(mail, "/verify-email"))).isEqualTo(EmailLinkStatus.WORKS);

        assertThat(signIn(email, Households.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void the_sign_in_form_sends_an_unconfirmed_household_to_the_page_that_says_why(
            @Autowired WebApplicationContext context) throws Exception {
        String email = register();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        mvc.perform(post("/login").param("username", email).param("password", Households.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?unverified"));
        mvc.perform(post("/login").param("username", email).param("password", "not the password at all")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_link_works_once() {
        String email = register();
        String token = token(mailTo(email, VERIFICATION), "/verify-email");

        assertThat(verification.confirm(token)).isEqualTo(EmailLinkStatus.WORKS);
        assertThat(verification.confirm(token)).isEqualTo(EmailLinkStatus.ALREADY_USED);
        assertThat(verification.confirm(token.substring(1) + "x")).isEqualTo(EmailLinkStatus.UNKNOWN);
        assertThat(verification.confirm("")).isEqualTo(EmailLinkStatus.UNKNOWN);
    }

    @Test
    void a_link_expires_after_24_hours_and_then_changes_nothing() {
        String early = register();
        String late = register();
        String earlyToken = token(mailTo(early, VERIFICATION), "/verify-email");
        String lateToken = token(mailTo(late, VERIFICATION), "/verify-email");

        CLOCK.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(verification.confirm(earlyToken)).isEqualTo(EmailLinkStatus.WORKS);
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(verification.confirm(lateToken)).isEqualTo(EmailLinkStatus.EXPIRED);

        assertThat(verified(early)).isTrue();
        assertThat(verified(late)).isFalse();
        assertThatThrownBy(() -> signIn(late, Households.PASSWORD)).isInstanceOf(EmailNotVerifiedException.class);
    }

    @Test
    void only_a_hash_of_the_token_is_stored() {
        String email = register();
        String token = token(mailTo(email, VERIFICATION), "/verify-email");

        List<Map<String, Object>> rows = jdbc.sql("""
                        select t.*, row_to_json(t)::text as whole_row
                        from email_tokens t join users u on u.id = t.user_id
                        where u.email = ?""")
                .param(email)
                .query()
                .listOfRows();

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("token_hash")).isEqualTo(EmailTokens.hash(token));
            assertThat(row.get("purpose")).isEqualTo("VERIFY");
            assertThat((String) row.get("whole_row")).doesNotContain(token);
        });
        assertThat(token).hasSize(43);
    }

    @Test
    void a_new_link_goes_out_at_most_once_a_minute_and_only_to_an_account_waiting_for_it() {
        String email = register();
        mailTo(email, VERIFICATION);

        verification.resend(email.toUpperCase());
        assertThat(mailsAfterASecond(email, VERIFICATION)).as("a minute has not passed").hasSize(1);
        CLOCK.advance(Duration.ofMinutes(1));
        verification.resend(" " + email.toUpperCase() + " ");
        List<MimeMessage> mails = mailsTo(email, VERIFICATION, 2);
        assertThat(mails).hasSize(2);

        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        verification.resend(nobody);
        assertThat(verification.confirm(token(mails.get(1), "/verify-email"))).isEqualTo(EmailLinkStatus.WORKS);
        CLOCK.advance(Duration.ofMinutes(1));
        verification.resend(email);
        assertThat(mailsAfterASecond(email, VERIFICATION)).as("the email is confirmed now").hasSize(2);
        assertThat(mailsAfterASecond(nobody, VERIFICATION)).isEmpty();
    }

    @Test
    void opening_one_link_retires_the_others() {
        String email = register();
        String first = token(mailTo(email, VERIFICATION), "/verify-email");
        CLOCK.advance(Duration.ofMinutes(1));
        verification.resend(email);
        String second = token(mailsTo(email, VERIFICATION, 2).get(1), "/verify-email");

        assertThat(verification.confirm(second)).isEqualTo(EmailLinkStatus.WORKS);
        assertThat(verification.confirm(first)).isEqualTo(EmailLinkStatus.ALREADY_USED);
    }

    @Test
    void the_link_never_takes_its_address_from_the_request_whose_host_the_asker_sets() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setScheme("https");
        request.setServerName("evil.example");
        request.setServerPort(443);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        String email = register();

        // without APP_BASE_URL (a laptop) the app's own address; production requires APP_BASE_URL
        assertThat(text(mailTo(email, VERIFICATION))).contains("http://localhost:8080/verify-email?token=")
                .doesNotContain("evil.example");
    }

    private String register() {
        String email = "verify-" + UUID.randomUUID() + "@example.com";
        registrations.register(new Registration("Asha", email, Households.PASSWORD, Households.PASSWORD,
                ZoneId.of("Asia/Kolkata")));
        return email;
    }

    private Authentication signIn(String email, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private boolean verified(String email) {
        return jdbc.sql("select email_verified from users where email = ?").param(email).query(Boolean.class)
                .single();
    }
}
