package io.milkledger.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.milkledger.twofactor.AuthenticatorApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A household turns on two-factor sign-in and signs in with its authenticator app, against the production jar. */
class TwoFactorJourneyIT {

    private static final String PASSWORD = "fresh milk every morning";

    private static RunningApp app;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;

    /** Runs before {@code @AfterEach}, while the page is still open. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = test -> {
        if (test.getExecutionException().isPresent()) {
            screenshot("failed-" + test.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    static void startAppAndBrowser() throws Exception {
        app = RunningApp.start();
        playwright = Playwright.create();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void stopAppAndBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setTimezoneId("Asia/Kolkata").setViewportSize(1280, 900));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void a_household_turns_on_two_factor_sign_in_and_signs_in_with_a_code_from_its_app() {
        String email = "two-factor-" + UUID.randomUUID() + "@example.com";
        register(email);
        signIn(email);
        assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));

        nav("Account").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up two-factor sign-in")).click();
        button("Set up two-factor sign-in").click();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("QR code for your authenticator app"))).isVisible();
        var phone = new AuthenticatorApp(page.locator(".two-factor-key").textContent());
        screenshot("two-factor-set-up");
        page.getByLabel("Code from your authenticator app").fill(phone.codeAt(Instant.now()));
        button("Turn on").click();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        button("I have saved them").click();
        assertThat(page.getByText("Two-factor sign-in is on.")).isVisible();

        button("Sign out").click();
        assertThat(button("Sign in")).isVisible();
        // next morning, from a bookmark
        page.navigate(app.url("/dashboard"));
        signIn(email);
        assertThat(page).hasURL(Pattern.compile(".*/two-factor$"));
        assertThat(page.getByText("Signing in as " + email)).isVisible();
        // with only the password, the app's pages lead back to the code
        page.navigate(app.url("/settings"));
        assertThat(page).hasURL(Pattern.compile(".*/two-factor$"));
        screenshot("two-factor-step");

        // the next step's code: the current one may be the one that turned two-factor on, and is refused now;
        // one step ahead is within the drift the app forgives
        String nextCode = phone.codeAt(Instant.now().plus(Duration.ofSeconds(30)));
        page.getByLabel("Code from your authenticator app").fill(nextCode);
        button("Sign in").click();

        // on to the page asked for, as after any sign-in
        assertThat(page).hasURL(Pattern.compile(".*/dashboard(\\?continue)?$"));
        assertThat(page.getByText("No deliveries recorded yet")).isVisible();
    }

    @Test
    void a_wrong_code_keeps_the_household_at_the_code_step() {
        String email = "two-factor-" + UUID.randomUUID() + "@example.com";
        register(email);
        signIn(email);
        nav("Account").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up two-factor sign-in")).click();
        button("Set up two-factor sign-in").click();
        var phone = new AuthenticatorApp(page.locator(".two-factor-key").textContent());
        page.getByLabel("Code from your authenticator app").fill(phone.codeAt(Instant.now()));
        button("Turn on").click();
        button("I have saved them").click();
        button("Sign out").click();
        assertThat(button("Sign in")).isVisible();
        signIn(email);
        assertThat(page).hasURL(Pattern.compile(".*/two-factor$"));

        String right = phone.codeAt(Instant.now().plus(Duration.ofSeconds(30)));
        page.getByLabel("Code from your authenticator app").fill(right.equals("123456") ? "654321" : "123456");
        button("Sign in").click();

        assertThat(page.getByText("That code is not right.")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/two-factor$"));
    }

    private void register(String email) {
        page.navigate(app.url("/register"));
        page.getByLabel("Name").fill("Ravi Kumar");
        page.getByLabel("Email").fill(email);
        password().fill(PASSWORD);
        page.getByLabel("Confirm password").fill(PASSWORD);
        button("Create account").click();
        assertThat(page.getByText("Your account is ready")).isVisible();
    }

    private void signIn(String email) {
        page.getByLabel("Email").fill(email);
        password().fill(PASSWORD);
        button("Sign in").click();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator nav(String item) {
        return page.locator("vaadin-side-nav").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(item).setExact(true));
    }

    private Locator password() {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password").setExact(true));
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "journeys", name + ".png")));
    }
}
