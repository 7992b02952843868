package io.milkledger.transfer.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.delivery.LedgerService;
import io.milkledger.delivery.ui.LedgerView;
import io.milkledger.transfer.ExistingDays;
import io.milkledger.transfer.ImportProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ImportDialogTest extends SpringBrowserlessTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 6);

    @Autowired
    Households households;
    @Autowired
    LedgerService ledger;

    private ImportDialog dialog;

    @BeforeEach
    void openTheImportFromTheLedger() {
        households.registerAndSignIn("Gita");
        navigate(LedgerView.class);
        test($(Button.class).withText("Import CSV").single()).click();
        dialog = $(ImportDialog.class).single();
    }

    @Test
    void an_uploaded_file_is_previewed_then_imported_in_one_go() {
        test(dialog.upload).upload("june.csv", "text/csv",
                "Date,Litres,Note\n2025-06-01,1.5,\n2025-06-02,0,away\n".getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.summary.getText()).startsWith("2 days: 2 new, 0 recorded differently");
        assertThat(test(dialog.firstDays).size()).isEqualTo(2);
        assertThat(dialog.problems.isVisible()).isFalse();
        assertThat(dialog.importDays.isEnabled()).isTrue();
        assertThat(dialog.importDays.getText()).isEqualTo("Import 2 days");

        test(dialog.importDays).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(ledger.summary(MONTH).recordedDays()).isEqualTo(2);
        assertThat(ledger.summary(MONTH).litres()).isEqualByComparingTo("1.5");
    }

    @Test
    void problem_lines_are_listed_with_their_numbers_and_nothing_can_be_imported() {
        dialog.received("june.csv",
                "Date,Litres\n2025-06-01,1\n31-02-2025,1\n2025-06-03,-2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.summary.getText()).startsWith("2 lines have problems");
        assertThat(dialog.problems.isVisible()).isTrue();
        assertThat(test(dialog.problems).size()).isEqualTo(2);
        assertThat(test(dialog.problems).getRow(0)).isEqualTo(
                new ImportProblem(3, "31-02-2025 is not a day in the calendar."));
        assertThat(dialog.importDays.isEnabled()).isFalse();
        assertThat(ledger.summary(MONTH).empty()).isTrue();
    }

    @Test
    void a_file_that_is_not_utf_8_is_explained_by_name() {
        dialog.received("old.csv", "Date,Litres,Note\n2025-06-01,1,café\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(dialog.summary.getText()).startsWith("old.csv: The file is not UTF-8 text");
        assertThat(dialog.importDays.isEnabled()).isFalse();
    }

    @Test
    void days_recorded_differently_offer_the_choice_to_skip_or_overwrite() {
        ledger.record(MONTH.atDay(1), BigDecimal.ONE, null);
        dialog.received("june.csv", "Date,Litres\n2025-06-01,2\n2025-06-02,1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.summary.getText()).startsWith("2 days: 1 new, 1 recorded differently");
        assertThat(dialog.existing.isVisible()).isTrue();
        test(dialog.existing).selectItem("Replace with the file's");
        assertThat(dialog.existing.getValue()).isEqualTo(ExistingDays.OVERWRITE);
        test(dialog.importDays).click();

        assertThat(ledger.summary(MONTH).litres()).isEqualByComparingTo("3");
        assertThat(ledger.summary(MONTH).recordedDays()).isEqualTo(2);
    }
}
