package io.milkledger.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;

/**
 * The production jar and a headless Chromium for the tests of one journey class: started before the first test,
 * stopped after the last. Register it as a static field with {@code @RegisterExtension}. Every page of every
 * context it makes reports what the Content-Security-Policy blocked, and a test during which anything was blocked
 * fails.
 */
final class AppInBrowser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final CspViolations cspViolations = new CspViolations();

    private final Map<String, String> environment;
    private RunningApp app;
    private Playwright playwright;
    private Browser browser;

    /** @param environment variables the app starts with, on top of {@link RunningApp}'s */
    AppInBrowser(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        app = RunningApp.start(environment);
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
}
