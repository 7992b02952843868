package io.milkledger.security;

import io.milkledger.FixedClock;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.MovableClock;
import io.milkledger.account.AccountSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A signed-in session ends after 30 minutes without a click (an open tab's heartbeats do not count), 12 hours
 * after signing in, and when its household signed out everywhere: through the real filter chain.
 */
@IntegrationTest
@Import(FixedClock.class)
class SessionLifetimeTest {

    @Autowired
    Households households;
    @Autowired
    AccountSessions accountSessions;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    private MockMvc browser;
    private MockHttpSession session;
    private String email;

    @BeforeEach
    void signIn(@Autowired WebApplicationContext web) throws Exception {
        browser = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        session = new MockHttpSession();
        email = households.register("Asha", ZoneId.of("Asia/Kolkata"));
        browser.perform(post("/login").param("username", email).param("password", Households.PASSWORD)
                .with(csrf()).session(session)).andExpect(redirectedUrl("/dashboard"));
    }

    @AfterEach
    void signOut() {
        Households.signOut();
    }

    @Test
    void signing_in_stamps_the_session_with_the_time() {
        assertThat(session.getAttribute(SessionLifetime.SIGNED_IN_AT)).isEqualTo(clock.instant());
        assertThat(signedIn()).isTrue();
    }

    @Test
    void thirty_minutes_of_only_heartbeats_sign_the_session_out() throws Exception {
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(5));
            heartbeat();
        }
        clock.advance(Duration.ofMinutes(4));
        heartbeat();
        assertThat(signedIn()).as("after 29 minutes").isTrue();

        clock.advance(Duration.ofMinutes(1));
        heartbeat();

        assertThat(signedIn()).as("after 30 minutes of heartbeats").isFalse();
    }

    @Test
    void a_click_now_and_then_keeps_the_session_but_not_past_twelve_hours() throws Exception {
        for (int i = 0; i < 12 * 60 / 25; i++) {
            clock.advance(Duration.ofMinutes(25));
            click();
            assertThat(signedIn()).as("after %d minutes", (i + 1) * 25).isTrue();
        }

        clock.advance(Duration.ofMinutes(25));
        click();

        assertThat(signedIn()).as("after 12 hours").isFalse();
    }

    @Test
    void signing_out_everywhere_on_another_instance_ends_the_session_at_its_next_request() throws Exception {
        // what the other instance stored; this instance's registry knows nothing of it
        jdbc.sql("update users set sessions_valid_from = :at where email = :email")
                .param("at", clock.instant().plusSeconds(1).atOffset(ZoneOffset.UTC)).param("email", email).update();
        clock.advance(Duration.ofSeconds(2));

        click();

        assertThat(signedIn()).isFalse();
    }

    @Test
    void a_session_signed_in_after_signing_out_everywhere_lives_on() throws Exception {
        clock.advance(Duration.ofSeconds(1));
        households.signIn(email);
        accountSessions.signOutEverywhere();
        assertThat(accountSessions.validFrom(households.id(email))).hasValue(clock.instant());
        click();
        assertThat(signedIn()).as("the session from before").isFalse();

        clock.advance(Duration.ofSeconds(1));
        session = new MockHttpSession();
        browser.perform(post("/login").param("username", email).param("password", Households.PASSWORD)
                .with(csrf()).session(session)).andExpect(redirectedUrl("/dashboard"));
        click();

        assertThat(signedIn()).isTrue();
    }

    // Not to "/", which Vaadin forwards to its servlet, absent here: the filter chain is what is tested

    private void heartbeat() throws Exception {
        browser.perform(post("/ledger").param("v-r", "heartbeat").param("v-uiId", "0").with(csrf())
                .session(session));
    }

    private void click() throws Exception {
        browser.perform(post("/ledger").param("v-r", "uidl").param("v-uiId", "0").with(csrf()).session(session));
    }

    private boolean signedIn() {
        return !session.isInvalid() && session.getAttribute(SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext
                context && context.getAuthentication() != null;
    }
}
