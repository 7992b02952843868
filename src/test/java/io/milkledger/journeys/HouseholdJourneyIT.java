package io.milkledger.journeys;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.milkledger.journeys.Pages.PASSWORD;
import static io.milkledger.journeys.Pages.button;

/** A household's first days with Milk Ledger, in headless Chromium against the production jar. */
class HouseholdJourneyIT {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    /** Production verifies new accounts' emails, which takes a mail server: a real SMTP server in this JVM. */
    @RegisterExtension
    static final AppInBrowser journey = AppInBrowser.withMailServer(Map.of());

    private RunningApp app;
    private BrowserContext context;
    private Page page;

    /** Runs before {@code @AfterEach}, while the page is still open. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = test -> {
        if (test.getExecutionException().isPresent()) {
            screenshot("failed-" + test.getRequiredTestMethod().getName());
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
    void a_household_signs_up_records_deliveries_changes_the_price_and_signs_out() throws Exception {
        String email = "journey-" + UUID.randomUUID() + "@example.com";
        YearMonth lastMonth = YearMonth.now(KOLKATA).minusMonths(1);

        page.navigate(app.url("/register"));
        page.getByLabel("Name").fill("Asha Rao");
        page.getByLabel("Email").fill(email);
        password().fill(PASSWORD);
        page.getByLabel("Confirm password").fill(PASSWORD);
        button(page, "Create account").click();

        assertThat(page.getByText("Check your email")).isVisible();
        page.navigate(journey.linkInMail(email, "/verify-email"));
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
        button(page, "Save").click();
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
        button(page, "Add").click();
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

        button(page, "Sign out").click();
        assertThat(button(page, "Sign in")).isVisible();
        page.navigate(app.url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void a_wrong_password_keeps_the_household_out() {
        page.navigate(app.url("/login"));
        page.getByLabel("Email").fill("nobody@example.com");
        password().fill("not the password");
        button(page, "Sign in").click();

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
        password().fill(PASSWORD);
        page.getByLabel("Confirm password").fill(PASSWORD);
        button(page, "Create account").click();
        assertThat(page.getByText("Check your email")).isVisible();

        page.navigate(app.url("/login"));
        signIn(email);
        assertThat(page.getByText("Confirm your email first")).isVisible();
        Locator resend = page.locator(".resend-verification");
        resend.getByLabel("Email").fill(email);
        resend.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resend verification email")).click();
        assertThat(resend.getByText("a new link is on its way")).isVisible();
        screenshot("unconfirmed-sign-in");

        page.navigate(journey.linkInMail(email, "/verify-email"));
        assertThat(page.getByText("Email confirmed")).isVisible();
        page.navigate(app.url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
        assertThat(page.getByText("Type the email you sign in with")).isVisible();
        page.getByLabel("Email").fill(email);
        button(page, "Send me a link").click();
        assertThat(page.getByText("a link to choose a new password is on its way")).isVisible();

        page.navigate(journey.linkInMail(email, "/reset-password"));
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("a new jug on the step");
        page.getByLabel("Confirm new password").fill("a new jug on the step");
        button(page, "Save new password").click();
        assertThat(page.getByText("Password changed")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByLabel("Email").fill(email);
        password().fill("a new jug on the step");
        button(page, "Sign in").click();
        assertThat(page.getByText("No deliveries recorded yet")).isVisible();
    }

    private Locator nav(String item) {
        return Pages.nav(page, item);
    }

    private Locator password() {
        return Pages.password(page);
    }

    private void signIn(String email) {
        Pages.signIn(page, email);
    }

    private void screenshot(String name) {
        Pages.screenshot(page, name);
    }

    private void addDelivery(LocalDate day, String litres) {
        fillDate(page.getByLabel("Date"), day);
        page.getByLabel("Litres").fill(litres);
        button(page, "Add").click();
        assertThat(page.getByText("Recorded " + litres + " L for")).isVisible();
    }

    private static void fillDate(Locator field, LocalDate day) {
        field.fill(US_DATE.format(day));
        field.press("Tab");
    }

    private Locator figure(String name) {
        return page.locator(".summary-figure." + name + " .figure-value");
    }
}
