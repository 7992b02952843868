package io.milkledger.journeys;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A household's first days with Milk Ledger, in headless Chromium against the production jar. */
class HouseholdJourneyIT {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    private static GreenMail mailServer;
    private static RunningApp app;
    private static Playwright playwright;
    private static Browser browser;

    private final CspViolations cspViolations = new CspViolations();
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
        // production verifies new accounts' emails, which takes a mail server: a real SMTP server in this JVM
        mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailServer.start();
        app = RunningApp.start(Map.of("SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(mailServer.getSmtp().getPort()),
                "MAIL_FROM", "milk@example.com",
                "EMAIL_VERIFICATION", "required"));
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
        if (mailServer != null) {
            mailServer.stop();
        }
    }

    @BeforeEach
    void openBrowser() {
        context = cspViolations.watch(browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setTimezoneId(KOLKATA.getId()).setViewportSize(1280, 900)));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
        cspViolations.assertNone();
    }

    @Test
    void a_household_signs_up_records_deliveries_changes_the_price_and_signs_out() throws Exception {
        String email = "journey-" + UUID.randomUUID() + "@example.com";
        YearMonth lastMonth = YearMonth.now(KOLKATA).minusMonths(1);

        page.navigate(app.url("/register"));
        page.getByLabel("Name").fill("Asha Rao");
        page.getByLabel("Email").fill(email);
        password().fill("fresh milk every morning");
        page.getByLabel("Confirm password").fill("fresh milk every morning");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

        assertThat(page.getByText("Check your email")).isVisible();
        page.navigate(verificationLink(email));
        assertThat(page.getByText("Email confirmed")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
        signIn(email);
        assertThat(page.getByText("No deliveries recorded yet")).isVisible();
        nav("Ledger").click();
        assertThat(page.getByText("Nothing recorded for")).isVisible();
        screenshot("empty-ledger");

        addDelivery(lastMonth.atDay(5), "1.5");
        addDelivery(lastMonth.atDay(6), "2");
        assertThat(figure("amount")).hasText("₹175.00");
        assertThat(figure("litres")).hasText("3.5 L");
        assertThat(figure("delivery-days")).hasText("2");

        nav("Settings").click();
        page.getByLabel("Price per litre").fill("60");
        fillDate(page.getByLabel("Effective from"), lastMonth.atDay(6));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("a litre costs ₹60.00")).isVisible();
        screenshot("settings");

        page.navigate(app.url("/?month=" + lastMonth));
        addDelivery(lastMonth.atDay(7), "1");
        // the 5th and 6th were recorded at ₹50 and keep it; only the entry recorded after the change costs ₹60
        assertThat(figure("amount")).hasText("₹235.00");
        assertThat(page.getByText("₹60.00")).hasCount(2);
        assertThat(page.getByText("₹50.00")).hasCount(2);
        screenshot("ledger");
        page.setViewportSize(390, 844);
        screenshot("ledger-phone");
        page.setViewportSize(1280, 900);

        // letters cannot even be typed into the field; a malformed number can
        fillDate(page.getByLabel("Date"), lastMonth.atDay(8));
        page.getByLabel("Litres").fill("1.2.3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
        assertThat(page.getByText("Enter a number of litres, like 1.5")).isVisible();
        assertThat(figure("delivery-days")).hasText("3");

        nav("Dashboard").click();
        Locator chart = page.locator("milk-chart[data-rendered='true']").first();
        assertThat(chart).isVisible();
        Object paintedPixels = chart.locator("canvas").evaluate("""
                canvas => {
                  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  let painted = 0;
                  for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; }
                  return painted;
                }""");
        org.assertj.core.api.Assertions.assertThat(((Number) paintedPixels).intValue()).isGreaterThan(1000);
        assertThat(page.locator(".summary-figure.last-month .figure-value")).hasText("₹235.00");
        screenshot("dashboard");

        nav("Calendar").click();
        assertThat(page.locator(".day-tile.today")).hasCount(1);
        screenshot("calendar");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        page.navigate(app.url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void a_wrong_password_keeps_the_household_out() {
        page.navigate(app.url("/login"));
        page.getByLabel("Email").fill("nobody@example.com");
        password().fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.getByText("Email or password is not right")).isVisible();
        page.navigate(app.url("/settings"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void a_household_is_told_to_confirm_its_email_first_and_later_sets_a_new_password_by_mail() throws Exception {
        String email = "forgetful-" + UUID.randomUUID() + "@example.com";
        page.navigate(app.url("/register"));
        page.getByLabel("Name").fill("Ravi Nair");
        page.getByLabel("Email").fill(email);
        password().fill("fresh milk every morning");
        page.getByLabel("Confirm password").fill("fresh milk every morning");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.getByText("Check your email")).isVisible();

        page.navigate(app.url("/login"));
        signIn(email);
        assertThat(page.getByText("Confirm your email first")).isVisible();
        Locator resend = page.locator(".resend-verification");
        resend.getByLabel("Email").fill(email);
        resend.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resend verification email")).click();
        assertThat(resend.getByText("a new link is on its way")).isVisible();
        screenshot("unconfirmed-sign-in");

        page.navigate(linkInMail(email, "/verify-email"));
        assertThat(page.getByText("Email confirmed")).isVisible();
        page.navigate(app.url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
        assertThat(page.getByText("Type the email you sign in with")).isVisible();
        page.getByLabel("Email").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
        assertThat(page.getByText("a link to choose a new password is on its way")).isVisible();

        page.navigate(linkInMail(email, "/reset-password"));
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("a new jug on the step");
        page.getByLabel("Confirm new password").fill("a new jug on the step");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save new password")).click();
        assertThat(page.getByText("Password changed")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByLabel("Email").fill(email);
        password().fill("a new jug on the step");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByText("No deliveries recorded yet")).isVisible();
    }

    /** The link in the mail the app sent to the address, as the household would click it. */
    private static String verificationLink(String email) throws Exception {
        return linkInMail(email, "/verify-email");
    }

    /** The link to the path in the latest mail to the address that has one, waiting up to ten seconds. */
    private static String linkInMail(String email, String path) throws Exception {
        Pattern link = Pattern.compile("http\\S+" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+");
        for (int tries = 0; tries < 100; tries++) {
            var mails = mailServer.getReceivedMessages();
            for (int i = mails.length - 1; i >= 0; i--) {
                if (Arrays.stream(mails[i].getAllRecipients()).anyMatch(to -> to.toString().equals(email))) {
                    Matcher found = link.matcher((String) mails[i].getContent());
                    if (found.find()) {
                        return app.local(found.group());
                    }
                }
            }
            mailServer.waitForIncomingEmail(100, mailServer.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail with a link to " + path + " for " + email + "; the app's log:\n"
                + app.log());
    }

    private Locator nav(String item) {
        return page.locator("vaadin-side-nav").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(item).setExact(true));
    }

    private Locator password() {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password").setExact(true));
    }

    private void signIn(String email) {
        page.getByLabel("Email").fill(email);
        password().fill("fresh milk every morning");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    private void addDelivery(LocalDate day, String litres) {
        fillDate(page.getByLabel("Date"), day);
        page.getByLabel("Litres").fill(litres);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
        assertThat(page.getByText("Recorded " + litres + " L for")).isVisible();
    }

    private static void fillDate(Locator field, LocalDate day) {
        field.fill(US_DATE.format(day));
        field.press("Tab");
    }

    private Locator figure(String name) {
        return page.locator(".summary-figure." + name + " .figure-value");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "journeys", name + ".png")));
    }
}
