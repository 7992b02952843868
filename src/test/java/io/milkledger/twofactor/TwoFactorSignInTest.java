package io.milkledger.twofactor;

import io.milkledger.Households;
import io.milkledger.FixedClock;
import io.milkledger.IntegrationTest;
import io.milkledger.MovableClock;
import io.milkledger.delivery.LedgerService;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Signing in through the real sign-in form and filter chain, then giving the code as the two-factor view does,
 * in the session the form left behind.
 */
@IntegrationTest
@Import(FixedClock.class)
class TwoFactorSignInTest {

    @Autowired
    TwoFactorHouseholds enrolled;
    @Autowired
    Households households;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    TwoFactorSignIn secondStep;
    @Autowired
    LedgerService ledger;
    @Autowired
    MovableClock clock;

    private MockMvc browser;
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void openBrowser(@Autowired WebApplicationContext web) {
        browser = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @AfterEach
    void closeBrowser() {
        RequestContextHolder.resetRequestAttributes();
        Households.signOut();
    }

    @Test
    void a_household_without_two_factor_signs_in_exactly_as_before() throws Exception {
        String email = households.register("Asha", ZoneId.of("Asia/Kolkata"));

        signIn(email).andExpect(redirectedUrl("/dashboard"));

        Authentication signedIn = authenticationIn(session);
        assertThat(signedIn).isInstanceOf(UsernamePasswordAuthenticationToken.class);
        assertThat(authorities(signedIn)).contains("ROLE_USER");
    }

    @Test
    void the_sign_in_page_stays_the_apps_own_and_not_one_spring_generates(@Autowired FilterChainProxy chains) {
        assertThat(chains.getFilterChains()).flatMap(SecurityFilterChain::getFilters)
                .noneMatch(filter -> filter instanceof DefaultLoginPageGeneratingFilter generated
                        && generated.isEnabled());
    }

    @Test
    void after_the_password_the_session_waits_for_the_code_and_every_service_refuses_it() throws Exception {
        var household = enrolled.register("Bala");

        signIn(household.email()).andExpect(redirectedUrl("/two-factor"));

        Authentication waiting = authenticationIn(session);
        assertThat(waiting).isInstanceOf(PartialSignIn.class);
        assertThat(authorities(waiting)).containsExactly("FACTOR_PASSWORD");
        continueInSession();
        assertThat(CurrentUser.get()).isEmpty();
        assertThat(secondStep.awaitingCode()).hasValue(household.email());
        assertThatThrownBy(() -> ledger.summary(YearMonth.of(2031, 3))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> twoFactor.isEnabled()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_right_code_signs_in_fully_under_a_new_session_id_and_leads_to_the_dashboard() throws Exception {
        var household = enrolled.register("Chitra");
        signIn(household.email());
        continueInSession();
        String idBeforeTheCode = session.getId();
        clock.advance(Duration.ofSeconds(30));

        String next = secondStep.finish(household.app().codeAt(clock.instant()));

        assertThat(next).isEqualTo("/dashboard");
        assertThat(session.getId()).isNotEqualTo(idBeforeTheCode);
        Authentication signedIn = authenticationIn(session);
        assertThat(signedIn).isInstanceOf(UsernamePasswordAuthenticationToken.class);
        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(SignedInUser.class,
                user -> assertThat(user.getUsername()).isEqualTo(household.email()));
        assertThat(authorities(signedIn)).contains("ROLE_USER", "FACTOR_PASSWORD", "FACTOR_TOTP");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isEqualTo(signedIn);
        assertThat(ledger.summary(YearMonth.of(2031, 3)).deliveryDays()).isZero();
    }

    @Test
    void the_page_asked_for_before_signing_in_is_where_the_code_leads() throws Exception {
        var household = enrolled.register("Devi");
        browser.perform(get("/settings").session(session));
        signIn(household.email()).andExpect(redirectedUrl("/two-factor"));
        continueInSession();
        clock.advance(Duration.ofSeconds(30));

        assertThat(secondStep.finish(household.app().codeAt(clock.instant())))
                .isEqualTo("http://localhost/settings?continue");
    }

    @Test
    void a_wrong_code_keeps_the_session_waiting() throws Exception {
        var household = enrolled.register("Esha");
        signIn(household.email());
        continueInSession();

        assertThatThrownBy(() -> secondStep.finish("000000")).isInstanceOf(WrongCodeException.class);

        assertThat(authenticationIn(session)).isInstanceOf(PartialSignIn.class);
        assertThatThrownBy(() -> ledger.summary(YearMonth.of(2031, 3))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_code_once_used_does_not_sign_in_another_session() throws Exception {
        var household = enrolled.register("Farah");
        clock.advance(Duration.ofSeconds(30));
        String code = household.app().codeAt(clock.instant());
        signIn(household.email());
        continueInSession();
        secondStep.finish(code);

        MockHttpSession someoneElse = new MockHttpSession();
        signIn(household.email(), someoneElse);
        continueInSession(someoneElse);

        assertThatThrownBy(() -> secondStep.finish(code)).isInstanceOf(WrongCodeException.class)
                .hasMessageContaining("used already");
    }

    @Test
    void a_recovery_code_signs_in_once_and_only_once() throws Exception {
        var household = enrolled.register("Gita");
        String recoveryCode = household.recoveryCodes().get(2);
        signIn(household.email());
        continueInSession();

        assertThat(secondStep.finishWithRecoveryCode(recoveryCode)).isEqualTo("/dashboard");
        assertThat(authenticationIn(session)).isInstanceOf(UsernamePasswordAuthenticationToken.class);

        MockHttpSession again = new MockHttpSession();
        signIn(household.email(), again);
        continueInSession(again);
        assertThatThrownBy(() -> secondStep.finishWithRecoveryCode(recoveryCode))
                .isInstanceOf(WrongCodeException.class);
        assertThat(secondStep.finishWithRecoveryCode(household.recoveryCodes().get(3))).isEqualTo("/dashboard");
    }

    @Test
    void the_code_must_come_within_ten_minutes_of_the_password() throws Exception {
        var household = enrolled.register("Hema");
        signIn(household.email());
        continueInSession();
        clock.advance(Duration.ofMinutes(10));

        assertThat(secondStep.awaitingCode()).isEmpty();
        assertThatThrownBy(() -> secondStep.finish(household.app().codeAt(clock.instant())))
                .isInstanceOf(SignInExpiredException.class);
        assertThat(secondStep.abandon()).isTrue();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
    }

    @Test
    void without_a_password_first_there_is_nothing_to_finish() {
        continueInSession();

        assertThat(secondStep.unfinished()).isFalse();
        assertThatThrownBy(() -> secondStep.finish("123456")).isInstanceOf(SignInExpiredException.class);
        assertThat(secondStep.abandon()).isFalse();
    }

    private ResultActions signIn(String email) throws Exception {
        return signIn(email, session);
    }

    private ResultActions signIn(String email, MockHttpSession in) throws Exception {
        return browser.perform(post("/login").param("username", email).param("password", Households.PASSWORD)
                .with(csrf()).session(in));
    }

    /** Makes this thread a request of the session, with its security context, as a Vaadin request would be. */
    private void continueInSession() {
        continueInSession(session);
    }

    private static void continueInSession(MockHttpSession in) {
        var request = new MockHttpServletRequest("POST", "/VAADIN/");
        request.setSession(in);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
        SecurityContext stored = (SecurityContext) in.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(stored == null ? null : stored.getAuthentication());
        SecurityContextHolder.setContext(context);
    }

    private static Authentication authenticationIn(MockHttpSession session) {
        var context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context).isNotNull();
        return context.getAuthentication();
    }

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
