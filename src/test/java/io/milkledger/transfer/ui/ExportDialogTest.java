package io.milkledger.transfer.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.delivery.LedgerService;
import io.milkledger.delivery.ui.LedgerView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ExportDialogTest extends SpringBrowserlessTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 5, 31);

    @Autowired
    Households households;
    @Autowired
    LedgerService ledger;

    private ExportDialog dialog;

    @BeforeEach
    void openTheExportFromTheLedger() {
        households.registerAndSignIn("Farah");
        ledger.record(FIRST, new BigDecimal("1"), "=1+1");
        ledger.record(LAST, new BigDecimal("2"), null);
        navigate(LedgerView.class);
        test($(Button.class).withText("Export").single()).click();
        dialog = $(ExportDialog.class).single();
    }

    @Test
    void the_dates_default_to_the_first_and_last_recorded_day() {
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.from.getValue()).isEqualTo(FIRST);
        assertThat(dialog.to.getValue()).isEqualTo(LAST);
        assertThat(dialog.csv.getText()).isEqualTo("Download CSV");
        assertThat(dialog.xlsx.getText()).isEqualTo("Download Excel (.xlsx)");
    }

    @Test
    void the_csv_link_downloads_the_chosen_days() {
        test(dialog.to).setValue(LocalDate.of(2025, 4, 30));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        test(dialog.csv).download(out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Date,Litres,Price per litre,Amount,Currency,Note")
                .contains("2025-03-01,1,50,50.00,INR,'=1+1").doesNotContain("2025-05-31");
    }

    @Test
    void the_excel_link_downloads_a_workbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        test(dialog.xlsx).download(out);

        assertThat(out.toByteArray()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void a_last_day_before_the_first_is_refused_and_the_links_are_disabled() {
        test(dialog.to).setValue(FIRST.minusDays(1));

        assertThat(dialog.to.isInvalid()).isTrue();
        assertThat(dialog.to.getErrorMessage()).contains("on or after the first");
        assertThat(dialog.csv.isEnabled()).isFalse();
        assertThat(dialog.xlsx.isEnabled()).isFalse();
    }
}
