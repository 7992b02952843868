package io.milkledger.journeys;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A household takes its ledger out as CSV and Excel, and another brings that CSV in through the import dialog,
 * ending with the same month: in a real browser against the production jar.
 */
class TransferJourneyIT {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);

    @RegisterExtension
    static final AppInBrowser journey = new AppInBrowser(Map.of());

    private RunningApp app;

    private BrowserContext context;
    private Page page;

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
    void a_ledger_exported_as_csv_imports_into_another_account_with_the_same_month() throws Exception {
        YearMonth lastMonth = YearMonth.now(ZoneId.of("Asia/Kolkata")).minusMonths(1);
        registerAndSignIn("asha-" + UUID.randomUUID() + "@example.com");
        page.navigate(app.url("/?month=" + lastMonth));
        // a bookmark in the old form opens the month at its own address
        assertThat(page).hasURL(Pattern.compile(".*/ledger/" + lastMonth + "$"));
        addDelivery(lastMonth.atDay(3), "1");
        addDelivery(lastMonth.atDay(4), "1.5");
        addDelivery(lastMonth.atDay(5), "0");
        String amount = figure("amount").textContent();

        button("Export").click();
        assertThat(page.getByText("Export your ledger")).isVisible();
        screenshot("export-dialog");
        Path csv = download("Download CSV");
        Path xlsx = download("Download Excel (.xlsx)");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).contains("Date", "Litres", "Price per litre", "Amount", "Currency", "Note");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith(lastMonth.atDay(3).toString());
        byte[] excel = Files.readAllBytes(xlsx);
        assertThat(new String(excel, 0, 2, StandardCharsets.US_ASCII)).as("an xlsx file is a zip").isEqualTo("PK");
        button("Close").click();

        button("Sign out").click();
        assertThat(button("Sign in")).isVisible();
        registerAndSignIn("ravi-" + UUID.randomUUID() + "@example.com");
        page.navigate(app.url("/ledger/" + lastMonth));
        button("Import CSV").click();
        // a file that is not a ledger first: it is explained, and nothing can be imported
        Path wrong = Files.writeString(Path.of("target", "journeys", "shopping-list.csv"), "Item,Qty\nbread,1\n");
        page.locator("vaadin-upload input[type=file]").setInputFiles(wrong);
        assertThat(page.getByText("Unknown columns")).isVisible();
        assertThat(button("Import")).isDisabled();
        screenshot("import-wrong-file");
        page.locator("vaadin-upload input[type=file]").setInputFiles(csv);
        Locator importDays = button("Import 3 days");
        assertThat(importDays).isVisible();
        screenshot("import-preview");
        importDays.click();
        assertThat(page.getByText("Imported: 3 days added")).isVisible();

        page.navigate(app.url("/ledger/" + lastMonth));
        assertThat(figure("amount")).hasText(amount);
        screenshot("imported-ledger");
    }

    private Path download(String link) throws Exception {
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(link)).click());
        Path saved = Path.of("target", "journeys", download.suggestedFilename());
        download.saveAs(saved);
        return saved;
    }

    private void registerAndSignIn(String email) {
        Pages.register(page, app, "Asha Rao", email);
        Pages.signIn(page, email);
        assertThat(button("Sign out")).isVisible();
    }

    private void addDelivery(LocalDate day, String litres) {
        Locator date = page.getByLabel("Date");
        date.fill(US_DATE.format(day));
        date.press("Tab");
        page.getByLabel("Litres").fill(litres);
        button("Add").click();
        assertThat(page.getByText("Recorded " + litres + " L for")).isVisible();
    }

    private Locator figure(String name) {
        return page.locator(".summary-figure." + name + " .figure-value");
    }

    private Locator button(String name) {
        return Pages.button(page, name);
    }

    private void screenshot(String name) {
        Pages.screenshot(page, name);
    }
}
