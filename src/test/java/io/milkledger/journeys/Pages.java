package io.milkledger.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** What the journeys do on every page the way a person does it: find buttons and links by name, sign up, sign in. */
final class Pages {

    static final String PASSWORD = "fresh milk every morning";

    private Pages() {
    }

    /** Registers on the sign-up page of an app whose new accounts count as confirmed, ending on the sign-in page. */
    static void register(Page page, RunningApp app, String name, String email) {
        page.navigate(app.url("/register"));
        page.getByLabel("Name").fill(name);
        page.getByLabel("Email").fill(email);
        password(page).fill(PASSWORD);
        page.getByLabel("Confirm password").fill(PASSWORD);
        button(page, "Create account").click();
        assertThat(page.getByText("Your account is ready")).isVisible();
    }

    /** Fills the sign-in form and sends it. */
    static void signIn(Page page, String email) {
        page.getByLabel("Email").fill(email);
        password(page).fill(PASSWORD);
        button(page, "Sign in").click();
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A link of the side navigation. */
    static Locator nav(Page page, String item) {
        return page.locator("vaadin-side-nav").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(item).setExact(true));
    }

    static Locator password(Page page) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password").setExact(true));
    }

    /** Keeps the whole page in {@code target/journeys/}, for people to look at. */
    static void screenshot(Page page, String name) {
        if (page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "journeys", name + ".png")));
        }
    }
}
