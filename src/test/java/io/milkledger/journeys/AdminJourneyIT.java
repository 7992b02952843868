package io.milkledger.journeys;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.milkledger.twofactor.AuthenticatorApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.milkledger.journeys.Pages.button;
import static io.milkledger.journeys.Pages.nav;
import static io.milkledger.journeys.Pages.register;
import static io.milkledger.journeys.Pages.screenshot;
import static io.milkledger.journeys.Pages.signIn;

/**
 * The first admin, named by {@code APP_ADMIN_EMAILS}, sets up two-factor sign-in as the admin pages ask (and
 * confirms it with the link mailed to the admin), and disables a household that is signed in in another browser:
 * the household's next click lands on the sign-in page, and it cannot sign in again. Against the production jar.
 */
class AdminJourneyIT {

    private static final String ADMIN = "first.admin-" + UUID.randomUUID() + "@example.com";

    /**
     * A real SMTP server: the first admin proves the address with a reset link (EMAIL_VERIFICATION stays off), and
     * the admin's two-factor sign-in counts once the link mailed to the admin is opened.
     */
    private static final GreenMail mailServer = startMailServer();

    @RegisterExtension
    static final AppInBrowser journey = new AppInBrowser(Map.of("APP_ADMIN_EMAILS", ADMIN,
            "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(mailServer.getSmtp().getPort()),
            "MAIL_FROM", "milk@example.com"));

    private RunningApp app;

    private BrowserContext adminContext;
    private BrowserContext householdContext;
    private Page admin;
    private Page household;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = test -> {
        if (test.getExecutionException().isPresent()) {
            screenshot(admin, "failed-admin-" + test.getRequiredTestMethod().getName());
            screenshot(household, "failed-household-" + test.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openTwoBrowsers() {
        app = journey.app();
        adminContext = journey.newContext();
        householdContext = journey.newContext();
        admin = adminContext.newPage();
        household = householdContext.newPage();
    }

    @AfterEach
    void closeBrowsers() {
        adminContext.close();
        householdContext.close();
    }

    /** "Forgot your password?", its link opened from the mail, the same password chosen again. */
    private void proveEmailWithAResetLink(Page page, String email) throws Exception {
        page.navigate(app.url("/forgot-password"));
        page.getByLabel("Email").fill(email);
        button(page, "Send me a link").click();
        page.navigate(linkInMail(email, "/reset-password"));
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(Pages.PASSWORD);
        page.getByLabel("Confirm new password").fill(Pages.PASSWORD);
        button(page, "Save new password").click();
        // the reset ends every session of the account, this one too: wait for it before signing in again
        assertThat(page.getByText("Your new password is saved", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        page.navigate(app.url("/login"));
        assertThat(page.getByLabel("Email")).isVisible();
    }

    @Test
    void an_admin_disables_a_household_signed_in_elsewhere_which_lands_on_sign_in_and_stays_out()
            throws Exception {
        String householdEmail = "household-" + UUID.randomUUID() + "@example.com";
        register(household, app, "Ravi Kumar", householdEmail);
        signIn(household, householdEmail);
        assertThat(household).hasURL(Pattern.compile(".*/dashboard$"));

        register(admin, app, "Anita Admin", ADMIN);
        signIn(admin, ADMIN);
        assertThat(admin).hasURL(Pattern.compile(".*/dashboard$"));
        // a typed email makes no admin
        assertThat(nav(admin, "Users")).isHidden();
        proveEmailWithAResetLink(admin, ADMIN);
        signIn(admin, ADMIN);
        nav(admin, "Users").click();
        // an admin without two-factor sign-in is sent to set it up first
        assertThat(admin).hasURL(Pattern.compile(".*/account/two-factor$"));
        assertThat(admin.getByText("Admin pages need two-factor sign-in")).isVisible();
        // setting up asks for the password again
        admin.getByLabel("Your password", new Page.GetByLabelOptions().setExact(true)).fill(Pages.PASSWORD);
        button(admin, "Set up two-factor sign-in").click();
        var phone = new AuthenticatorApp(admin.locator(".two-factor-key").textContent());
        admin.getByLabel("Code from your authenticator app").fill(phone.codeAt(Instant.now()));
        button(admin, "Turn on").click();
        button(admin, "I have saved them").click();
        assertThat(admin.getByText("Almost on: open the link we sent to your email")).isVisible();
        // still no admin pages: the setup waits for the link
        nav(admin, "Users").click();
        assertThat(admin).hasURL(Pattern.compile(".*/account/two-factor$"));

        admin.navigate(linkInMail(ADMIN, "/two-factor/confirm"));
        button(admin, "Turn on two-factor sign-in").click();
        assertThat(admin.getByText("Two-factor sign-in is on")).isVisible();
        screenshot(admin, "admin-two-factor-confirmed");

        admin.navigate(app.url("/admin/users"));
        assertThat(admin).hasURL(Pattern.compile(".*/admin/users$"));
        admin.locator("input[placeholder='Search email or name']").fill(householdEmail);
        Locator row = admin.locator("vaadin-grid-cell-content").getByText(householdEmail, new Locator.GetByTextOptions()
                .setExact(true));
        assertThat(row).isVisible();
        // the admin's own row ("You") is filtered out: the search ran
        assertThat(admin.locator("vaadin-grid-cell-content").getByText("You", new Locator.GetByTextOptions()
                .setExact(true))).isHidden();
        screenshot(admin, "admin-users");

        // the row's menu: Vaadin's menu bar gives its button the role of a menu item
        admin.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Actions for " + householdEmail))
                .click();
        admin.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Disable…")).click();
        assertThat(admin.getByText("cannot sign in until an admin enables the account again")).isVisible();
        button(admin, "Disable").click();
        assertThat(admin.locator("vaadin-grid-cell-content").getByText("Disabled", new Locator.GetByTextOptions()
                .setExact(true))).isVisible();

        // the household's next click, in the page it had open
        nav(household, "Ledger").click();
        assertThat(household).hasURL(Pattern.compile(".*/login$"));
        assertThat(button(household, "Sign in")).isVisible();
        signIn(household, householdEmail);
        assertThat(household.getByText("This account is disabled")).isVisible();
        assertThat(household).hasURL(Pattern.compile(".*/login\\?disabled$"));
        screenshot(household, "disabled-household-sign-in");

        nav(admin, "Audit log").click();
        admin.locator("input[placeholder='Search action, email, address or detail']").fill(householdEmail);
        assertThat(admin.locator("vaadin-grid-cell-content").getByText("ACCOUNT_DISABLED")).isVisible();
        assertThat(admin.locator("vaadin-grid-cell-content").getByText("with password: account disabled"))
                .isVisible();
        screenshot(admin, "admin-audit-log");

        // moving the old app's households in: the shipped database, uploaded on the admin page
        nav(admin, "Import old app").click();
        Path notADatabase = Files.writeString(Path.of("target", "journeys", "notes.db"), "not a database");
        admin.locator("vaadin-upload input[type=file]").setInputFiles(notADatabase);
        assertThat(admin.getByText("The file notes.db is not a SQLite database")).isVisible();
        assertThat(button(admin, "Import")).isDisabled();
        admin.locator("vaadin-upload input[type=file]").setInputFiles(Path.of("target", "test-classes", "legacy",
                "milk-calculation.db"));
        assertThat(admin.getByText("Check the report below, then import.")).isVisible();
        assertThat(admin.getByText("45 entries to add")).isVisible();
        button(admin, "Import").click();
        assertThat(admin.getByText("entries added: 45, already there: 0")).isVisible();
        assertThat(admin.getByText("Source: The file milk-calculation.db")).isVisible();
        assertThat(admin.getByText("month totals match the old app")).isVisible();
        screenshot(admin, "admin-legacy-import");

        // on a phone the grid scrolls sideways and keeps each row's menu in view
        admin.setViewportSize(390, 844);
        admin.navigate(app.url("/admin/users"));
        assertThat(admin.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Actions for "
                + householdEmail))).isInViewport();
        screenshot(admin, "admin-users-phone");
    }

    @AfterAll
    static void stopMailServer() {
        mailServer.stop();
    }

    private static GreenMail startMailServer() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    /** The link to the path in the latest mail to the address that has one, waiting up to ten seconds. */
    private String linkInMail(String email, String path) throws Exception {
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
}
