package io.milkledger.journeys;

import com.microsoft.playwright.BrowserContext;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the app's Content-Security-Policy blocked on the pages of the browser contexts it watches: the
 * {@code securitypolicyviolation} events of every page, and the console lines Chromium writes about them.
 */
final class CspViolations {

    // added to every page before its own scripts run, so that nothing blocked while it starts goes unseen
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => window.reportCspViolation(
                e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' on ' + location.pathname));
            """;

    private final List<String> seen = new CopyOnWriteArrayList<>();

    /** Listens on every page the context opens from now on. */
    BrowserContext watch(BrowserContext context) {
        context.exposeFunction("reportCspViolation", arguments -> seen.add(String.valueOf(arguments[0])));
        context.addInitScript(REPORT_VIOLATIONS);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                seen.add(message.text() + " on " + message.page().url());
            }
        });
        return context;
    }

    /** What was blocked since the last {@link #assertNone()}. */
    List<String> seen() {
        return List.copyOf(seen);
    }

    /** Fails when anything was blocked since the last call, and starts counting afresh. */
    void assertNone() {
        List<String> blocked = List.copyOf(seen);
        seen.clear();
        if (!blocked.isEmpty()) {
            throw new AssertionError("the Content-Security-Policy blocked something:\n" + String.join("\n", blocked));
        }
    }
}
