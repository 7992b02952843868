package io.milkledger.journeys;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.milkledger.twofactor.AuthenticatorApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.milkledger.journeys.Pages.button;
import static io.milkledger.journeys.Pages.nav;
import static io.milkledger.journeys.Pages.register;
import static io.milkledger.journeys.Pages.screenshot;
import static io.milkledger.journeys.Pages.signIn;

/** A household turns on two-factor sign-in and signs in with its authenticator app, against the production jar. */
class TwoFactorJourneyIT {

    @RegisterExtension
    static final AppInBrowser journey = new AppInBrowser(Map.of());

    private RunningApp app;

    private BrowserContext context;
    private Page page;

    /** Runs before {@code @AfterEach}, while the page is still open. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = test -> {
        if (test.getExecutionException().isPresent()) {
            screenshot(page, "failed-" + test.getRequiredTestMethod().getName());
        }
    };


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
    void a_household_turns_on_two_factor_sign_in_and_signs_in_with_a_code_from_its_app() {
        String email = "two-factor-" + UUID.randomUUID() + "@example.com";
        register(page, app, "Ravi Kumar", email);
        signIn(page, email);
        assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));

        nav(page, "Account").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up two-factor sign-in")).click();
        page.waitForURL(Pattern.compile(".*/account/two-factor$"));
        // setting up asks for the password again
        page.getByLabel("Your password", new Page.GetByLabelOptions().setExact(true)).fill(Pages.PASSWORD);
        button(page, "Set up two-factor sign-in").click();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("QR code for your authenticator app"))).isVisible();
        var phone = new AuthenticatorApp(page.locator(".two-factor-key").textContent());
        screenshot(page, "two-factor-set-up");
        page.getByLabel("Code from your authenticator app").fill(phone.codeAt(Instant.now()));
        button(page, "Turn on").click();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        button(page, "I have saved them").click();
        assertThat(page.getByText("Two-factor sign-in is on.")).isVisible();

        button(page, "Sign out").click();
        assertThat(button(page, "Sign in")).isVisible();
        // next morning, from a bookmark
        page.navigate(app.url("/dashboard"));
        signIn(page, email);
        assertThat(page).hasURL(Pattern.compile(".*/two-factor$"));
        assertThat(page.getByText("Signing in as " + email)).isVisible();
        // with only the password, the app's pages lead back to the code
        page.navigate(app.url("/settings"));
        assertThat(page).hasURL(Pattern.compile(".*/two-factor$"));
        screenshot(page, "two-factor-step");

        // the next step's code: the current one may be the one that turned two-factor on, and is refused now;
        // one step ahead is within the drift the app forgives
        String nextCode = phone.codeAt(Instant.now().plus(Duration.ofSeconds(30)));
        page.getByLabel("Code from your authenticator app").fill(nextCode);
        button(page, "Sign in").click();

        // on to the page asked for, as after any sign-in
        assertThat(page).hasURL(Pattern.compile(".*/dashboard(\\?continue)?$"));
        assertThat(page.getByText("No deliveries recorded yet")).isVisible();
    }

    @Test
    void a_wrong_code_keeps_the_household_at_the_code_step() {
        String email = "two-factor-" + UUID.randomUUID() + "@example.com";
        register(page, app, "Ravi Kumar", email);
        signIn(page, email);
        nav(page, "Account").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up two-factor sign-in")).click();
        page.waitForURL(Pattern.compile(".*/account/two-factor$"));
        // setting up asks for the password again
        page.getByLabel("Your password", new Page.GetByLabelOptions().setExact(true)).fill(Pages.PASSWORD);
        button(page, "Set up two-factor sign-in").click();
        var phone = new AuthenticatorApp(page.locator(".two-factor-key").textContent());
        page.getByLabel("Code from your authenticator app").fill(phone.codeAt(Instant.now()));
        button(page, "Turn on").click();
        button(page, "I have saved them").click();
        button(page, "Sign out").click();
        assertThat(button(page, "Sign in")).isVisible();
        signIn(page, email);
        assertThat(page).hasURL(Pattern.compile(".*/two-factor$"));

        String right = phone.codeAt(Instant.now().plus(Duration.ofSeconds(30)));
        page.getByLabel("Code from your authenticator app").fill(right.equals("123456") ? "654321" : "123456");
        button(page, "Sign in").click();

        assertThat(page.getByText("That code is not right.")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/two-factor$"));
    }
}
