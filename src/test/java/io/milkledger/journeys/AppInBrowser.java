package io.milkledger.journeys;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar and a headless Chromium for the tests of one journey class: started before the first test,
 * stopped after the last. Register it as a static field with {@code @RegisterExtension}. With
 * {@link #withMailServer}, an SMTP server in this JVM receives the app's mails, and new accounts confirm their
 * email as in production. Every page of every context it makes reports what the Content-Security-Policy blocked,
 * and a test during which anything was blocked fails.
 */
final class AppInBrowser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final CspViolations cspViolations = new CspViolations();

    private final Map<String, String> environment;
    private final boolean mailServer;
    private @Nullable GreenMail mail;
    private RunningApp app;
    private Playwright playwright;
    private Browser browser;

    /** @param environment variables the app starts with, on top of {@link RunningApp}'s */
    AppInBrowser(Map<String, String> environment) {
        this(environment, false);
    }

    private AppInBrowser(Map<String, String> environment, boolean mailServer) {
        this.environment = environment;
        this.mailServer = mailServer;
    }

    /** The app with a mail server for its links, and email verification required, as production has it. */
    static AppInBrowser withMailServer(Map<String, String> environment) {
        return new AppInBrowser(environment, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Map<String, String> settings = new HashMap<>(environment);
        if (mailServer) {
            mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            mail.start();
            settings.putAll(Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
                    "MAIL_FROM", "milk@example.com", "EMAIL_VERIFICATION", "required"));
        }
        app = RunningApp.start(settings);
        playwright = Playwright.create();
        browser = Browsers.launch(playwright);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        cspViolations.assertNone();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    /** What the Content-Security-Policy blocked in this journey's contexts. */
    CspViolations cspViolations() {
        return cspViolations;
    }

    RunningApp app() {
        return app;
    }

    /** A fresh browser profile, as a person in Kolkata with an English browser on a laptop screen has. */
    BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setTimezoneId("Asia/Kolkata").setViewportSize(1280, 900).setAcceptDownloads(true));
        return cspViolations.watch(context);
    }

    /**
     * The link to the path in the latest mail to the address that has one, as the household would click it,
     * waiting up to ten seconds. Only {@link #withMailServer}.
     */
    String linkInMail(String email, String path) throws Exception {
        if (mail == null) {
            throw new IllegalStateException("this journey's app has no mail server");
        }
        Pattern link = Pattern.compile("http\\S+" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+");
        for (int tries = 0; tries < 100; tries++) {
            var mails = mail.getReceivedMessages();
            for (int i = mails.length - 1; i >= 0; i--) {
                if (Arrays.stream(mails[i].getAllRecipients()).anyMatch(to -> to.toString().equals(email))) {
                    Matcher found = link.matcher((String) mails[i].getContent());
                    if (found.find()) {
                        return app.local(found.group());
                    }
                }
            }
            mail.waitForIncomingEmail(100, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail with a link to " + path + " for " + email + "; the app's log:\n"
                + app.log());
    }
}
