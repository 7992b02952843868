package io.milkledger.security.throttle;

import io.milkledger.Households;
import io.milkledger.FixedClock;
import io.milkledger.IntegrationTest;
import io.milkledger.MovableClock;
import io.milkledger.security.throttle.SignInThrottledException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Sign-in through Spring's own {@link AuthenticationManager}, as the sign-in form does it, on real PostgreSQL,
 * with a clock the tests move instead of sleeping.
 */
@IntegrationTest
@Import(FixedClock.class)
class SignInThrottlingTest {

    private static final String WRONG = "not the right password";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MovableClock clock;
    @Autowired
    Households households;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private AuthenticationManager authentication;

    @BeforeEach
    void useSpringsAuthenticationManager(@Autowired AuthenticationConfiguration security) throws Exception {
        authentication = security.getAuthenticationManager();
    }

    @Test
    void after_five_failures_in_a_row_even_the_right_password_waits_and_is_told_how_long() {
        String email = households.register("Asha", ZoneId.of("Asia/Kolkata"));
        String address = someAddress();
        failFiveTimes(email, address);

        assertThatThrownBy(() -> signIn(email, Households.PASSWORD, address))
                .isInstanceOfSatisfying(SignInThrottledException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.EMAIL);
                    assertThat(refused.waitTime()).isEqualTo(Duration.ofSeconds(30));
                });
        clock.advance(Duration.ofSeconds(29));
        assertThat(refusal(email, Households.PASSWORD, address).waitTime()).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> signIn(email, WRONG, address)).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(refusal(email, Households.PASSWORD, address).waitTime()).isEqualTo(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(email, Households.PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void a_successful_sign_in_starts_the_count_again() {
        String email = households.register("Bala", ZoneId.of("Asia/Kolkata"));
        String address = someAddress();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(email, WRONG, address)).isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(email, Households.PASSWORD, address).isAuthenticated()).isTrue();

        // nine failures in all, but only four since the success: the fifth is still checked
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(email, WRONG, address)).isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(refusal(email, Households.PASSWORD, address).waitTime()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void an_email_without_an_account_is_throttled_the_same_way_so_the_answer_tells_nothing() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        String address = someAddress();
        failFiveTimes(nobody, address);

        SignInThrottledException refused = refusal(nobody, WRONG, address);
        assertThat(refused.reason()).isEqualTo(Reason.EMAIL);
        assertThat(refused.waitTime()).isEqualTo(Duration.ofSeconds(30));
        // capitals and spaces give no fresh count
        assertThat(refusal("  " + nobody.toUpperCase() + " ", WRONG, address).waitTime())
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void another_account_from_the_same_address_is_unaffected_below_the_address_budget() {
        String asha = households.register("Asha", ZoneId.of("Asia/Kolkata"));
        String chitra = households.register("Chitra", ZoneId.of("Asia/Kolkata"));
        String sharedAddress = someAddress();
        failFiveTimes(asha, sharedAddress);
        refusal(asha, Households.PASSWORD, sharedAddress);

        assertThat(signIn(chitra, Households.PASSWORD, sharedAddress).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(chitra, WRONG, sharedAddress)).isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_address_that_failed_300_times_in_an_hour_must_wait_whatever_the_email() {
        String owner = households.register("Devi", ZoneId.of("Asia/Kolkata"));
        String sprayer = someAddress();
        Instant first = clock.instant();
        // 299 guesses, five for each of many emails, as a password sprayer would
        String run = UUID.randomUUID().toString();
        for (int i = 0; i < 299; i++) {
            throttle.failed(new SignInKeys(SignInKeys.emailKey("sprayed-" + i / 5 + "-" + run + "@example.com"),
                    SignInKeys.addressKey(sprayer)));
        }
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> signIn("one-more-" + UUID.randomUUID() + "@example.com", WRONG, sprayer))
                .isExactlyInstanceOf(BadCredentialsException.class);

        SignInThrottledException refused = refusal(owner, Households.PASSWORD, sprayer);
        assertThat(refused.reason()).isEqualTo(Reason.ADDRESS);
        assertThat(refused.waitTime()).isEqualTo(Duration.between(clock.instant(), first.plus(Duration.ofHours(1))));
        assertThat(signIn(owner, Households.PASSWORD, someAddress()).isAuthenticated()).isTrue();
    }

    @Test
    void no_more_than_a_hundred_failures_an_hour_for_one_email_even_when_its_owner_keeps_signing_in() {
        String email = households.register("Esha", ZoneId.of("Asia/Kolkata"));
        SignInKeys keys = new SignInKeys(SignInKeys.emailKey(email), null);
        Instant first = clock.instant();
        for (int i = 1; i <= 100; i++) {
            throttle.failed(keys);
            if (i % 4 == 0) {
                throttle.succeeded(keys);
            }
            clock.advance(Duration.ofSeconds(20));
        }

        SignInThrottledException refused = refusal(email, Households.PASSWORD, someAddress());
        assertThat(refused.reason()).isEqualTo(Reason.EMAIL);
        assertThat(refused.waitTime()).isEqualTo(Duration.between(clock.instant(), first.plus(Duration.ofHours(1))));
    }

    @Test
    void counts_are_kept_in_postgresql_so_every_app_instance_sees_them() {
        String email = households.register("Farah", ZoneId.of("Asia/Kolkata"));
        String address = someAddress();
        failFiveTimes(email, address);

        assertThat(rows("email", SignInKeys.emailKey(email))).isEqualTo(5);
        assertThat(rows("address", address)).isEqualTo(5);
        // another instance: nothing shared with this one but the database
        var otherInstance = new SignInThrottle(new SignInAttempts(jdbc), clock, transactions);
        assertThatThrownBy(() -> otherInstance.admit(new SignInKeys(SignInKeys.emailKey(email), null)))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void fifty_wrong_passwords_at_once_get_no_more_password_checks_than_the_limit_allows() throws Exception {
        String email = households.register("Indu", ZoneId.of("Asia/Kolkata"));
        String address = someAddress();
        int attempts = 50;
        ExecutorService senders = Executors.newFixedThreadPool(attempts);
        CountDownLatch together = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                outcomes.add(senders.submit(() -> {
                    together.await();
                    try {
                        signIn(email, WRONG, address);
                        return "signed in";
                    } catch (BadCredentialsException passwordChecked) {
                        return "password checked";
                    } catch (SignInThrottledException refused) {
                        return "refused";
                    }
                }));
            }
            together.countDown();
            Map<String, Integer> counts = new HashMap<>();
            for (Future<String> outcome : outcomes) {
                counts.merge(outcome.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }

            int free = SignInLimits.STANDARD.freeFailures();
            assertThat(counts).containsOnlyKeys("password checked", "refused");
            assertThat(counts.get("password checked")).isEqualTo(free);
            assertThat(counts.get("refused")).isEqualTo(attempts - free);
            assertThat(rows("email", SignInKeys.emailKey(email))).isEqualTo(free);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void a_right_password_of_an_account_that_may_not_sign_in_counts_neither_way() {
        String email = households.register("Jaya", ZoneId.of("Asia/Kolkata"));
        jdbc.sql("update users set enabled = false where lower(email) = lower(?)").param(email).update();
        String address = someAddress();

        assertThatThrownBy(() -> signIn(email, Households.PASSWORD, address))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);

        assertThat(rows("email", SignInKeys.emailKey(email))).isZero();
        assertThat(rows("address", address)).isZero();
    }

    @Test
    void attempts_older_than_a_day_are_deleted() {
        String email = "old-" + UUID.randomUUID() + "@example.com";
        String address = someAddress();
        assertThatThrownBy(() -> signIn(email, WRONG, address)).isInstanceOf(BadCredentialsException.class);

        clock.advance(Duration.ofDays(1));
        throttle.forgetOldAttempts();
        assertThat(rows("email", SignInKeys.emailKey(email))).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        throttle.forgetOldAttempts();
        assertThat(rows("email", SignInKeys.emailKey(email))).isZero();
        assertThat(rows("address", address)).isZero();
    }

    @Test
    void a_sign_in_made_by_code_without_a_request_is_throttled_by_its_email_alone() {
        String email = households.register("Gita", ZoneId.of("Asia/Kolkata"));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, WRONG)))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, Households.PASSWORD)))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void the_sign_in_form_goes_back_to_the_sign_in_page_saying_how_long_to_wait(@Autowired WebApplicationContext web)
            throws Exception {
        MockMvc browser = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        String email = households.register("Hema", ZoneId.of("Asia/Kolkata"));
        String address = someAddress();
        RequestPostProcessor fromAddress = request -> {
            request.setRemoteAddr(address);
            return request;
        };

        for (int i = 0; i < 5; i++) {
            browser.perform(post("/login").param("username", email).param("password", WRONG).with(csrf())
                            .with(fromAddress))
                    .andExpect(redirectedUrl("/login?error"));
        }
        browser.perform(post("/login").param("username", email).param("password", Households.PASSWORD)
                        .with(csrf()).with(fromAddress))
                .andExpect(redirectedUrl("/login?locked=30"));
    }

    private void failFiveTimes(String email, String address) {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(email, WRONG, address)).isExactlyInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication signIn(String email, String password, String address) {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(address);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return authentication.authenticate(attempt);
    }

    private SignInThrottledException refusal(String email, String password, String address) {
        try {
            signIn(email, password, address);
        } catch (SignInThrottledException refused) {
            return refused;
        }
        throw new AssertionError("the sign-in for " + email + " was not refused");
    }

    private long rows(String keyType, String key) {
        return jdbc.sql("select count(*) from sign_in_attempts where key_type = :type and key = :key")
                .param("type", keyType).param("key", key)
                .query(Long.class).single();
    }

    /** An address from the benchmarking range (RFC 2544) that no other test in this run uses. */
    private static String someAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + n / 250 + "." + (n % 250 + 1);
    }
}
