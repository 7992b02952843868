package io.milkledger.journeys;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.milkledger.journeys.Pages.nav;
import static io.milkledger.journeys.Pages.register;
import static io.milkledger.journeys.Pages.signIn;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every page of the production jar works under its Content-Security-Policy: nothing is blocked (the journey
 * extension fails a test during which anything was), and the pages carry the policy headers.
 */
class ContentSecurityPolicyJourneyIT {

    @RegisterExtension
    static final AppInBrowser journey = new AppInBrowser(Map.of());

    private RunningApp app;
    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openBrowser() {
        app = journey.app();
        context = journey.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void the_pages_before_signing_in_run_under_the_policy_and_carry_its_headers() {
        for (String path : new String[] {"/login", "/register", "/forgot-password", "/reset-password?token=x",
                "/verify-email?token=x"}) {
            var response = page.navigate(app.url(path));
            // Vaadin's client has started and fetched what the view needs
            page.waitForLoadState(LoadState.NETWORKIDLE);

            Assertions.assertThat(response.headers())
                    .containsEntry("referrer-policy", "no-referrer")
                    .hasEntrySatisfying("content-security-policy", csp -> Assertions.assertThat(csp)
                           .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"))
                    .hasEntrySatisfying("permissions-policy", policy -> Assertions.assertThat(policy)
                           .contains("camera=()", "microphone=()", "geolocation=()"));
        }
    }

    @Test
    void every_page_of_a_signed_in_household_runs_under_the_policy() {
        String email = "csp-" + UUID.randomUUID() + "@example.com";
        register(page, app, "Meera Iyer", email);
        signIn(page, email);
        assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));

        for (String item : new String[] {"Calendar", "Ledger", "Settings", "Account", "Dashboard"}) {
            nav(page, item).click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("vaadin-side-nav")).isVisible();
        }
        page.navigate(app.url("/account/two-factor"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("vaadin-button").first().waitFor();
    }

    @Test
    void what_the_policy_blocks_is_seen() {
        page.navigate(app.url("/login"));
        page.evaluate("() => { const image = document.createElement('img');"
                + " image.src = 'https://tracker.example/pixel.png'; document.body.append(image); }");
        // both reports: the page's securitypolicyviolation event and Chromium's console line
        page.waitForCondition(() -> journey.cspViolations().seen().stream().anyMatch(seen -> seen.startsWith("img-src"))
                && journey.cspViolations().seen().stream().anyMatch(seen -> seen.contains("Content Security Policy")));

        assertThatThrownBy(journey.cspViolations()::assertNone).hasMessageContaining("img-src")
                .hasMessageContaining("tracker.example");
    }
}
