package io.milkledger.delivery.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.QueryParameters;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.account.AccountService;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LedgerViewTest extends SpringBrowserlessTest {

    @Autowired
    Households households;
    @Autowired
    AccountService accounts;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private LedgerView view;
    private LocalDate today;

    @BeforeEach
    void openTheLedger() {
        households.registerAndSignIn("Lata");
        today = accounts.today();
        view = navigate(LedgerView.class);
    }

    @Test
    void a_new_month_shows_the_friendly_empty_state_with_the_add_row() {
        assertThat(view.emptyMonth.isVisible()).isTrue();
        assertThat(view.emptyMonth.getText()).contains("Nothing recorded");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.date.getValue()).isEqualTo(today);
        assertThat(view.litres.getValue()).isEqualByComparingTo("1");
        assertThat(view.summary.amount.getText()).isEqualTo("₹0.00");
    }

    @Test
    void todays_delivery_takes_one_tap_on_add() {
        test(view.add).click();

        assertThat(view.grid.isVisible()).isTrue();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).date()).isEqualTo(today);
        assertThat(view.summary.amount.getText()).isEqualTo("₹50.00");
        assertThat(view.summary.litres.getText()).isEqualTo("1 L");
        assertThat(view.summary.deliveryDays.getText()).isEqualTo("1");
    }

    @Test
    void a_second_entry_for_the_day_is_refused_at_the_date_field() {
        test(view.add).click();
        test(view.litres).setValue(new BigDecimal("3"));
        test(view.add).click();

        assertThat(view.date.isInvalid()).isTrue();
        assertThat(view.date.getErrorMessage()).contains("already has an entry");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.summary.litres.getText()).isEqualTo("1 L");
    }

    @Test
    void negative_and_absurd_litres_are_refused_at_the_litres_field() {
        test(view.litres).setValue(new BigDecimal("-1"));
        test(view.add).click();
        assertThat(view.litres.isInvalid()).isTrue();
        assertThat(view.litres.getErrorMessage()).contains("can't be negative");

        test(view.litres).setValue(new BigDecimal("250"));
        test(view.add).click();
        assertThat(view.litres.getErrorMessage()).contains("at most 100");
        assertThat(view.emptyMonth.isVisible()).isTrue();
    }

    @Test
    void an_entry_is_corrected_in_place() {
        test(view.add).click();
        Button edit = (Button) test(view.grid).getCellComponent(0, 5).getChildren()
                .filter(Button.class::isInstance).findFirst().orElseThrow();
        test(edit).click();
        roundTrip();
        assertThat(view.editor.isOpen()).isTrue();
        // The editor's fields render only in a browser; the journeys test types into them there.
        view.editor.litres.setValue(new BigDecimal("2.5"));
        view.editor.note.setValue("extra for guests");
        view.editor.save();

        assertThat(test(view.grid).getRow(0).litres()).isEqualByComparingTo("2.5");
        assertThat(test(view.grid).getRow(0).note()).isEqualTo("extra for guests");
        assertThat(view.summary.amount.getText()).isEqualTo("₹125.00");
    }

    @Test
    void an_entry_is_deleted_after_confirmation() {
        test(view.add).click();
        Button delete = (Button) test(view.grid).getCellComponent(0, 5).getChildren()
                .filter(Button.class::isInstance).skip(1).findFirst().orElseThrow();
        test(delete).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(view.emptyMonth.isVisible()).isTrue();
        assertThat(view.summary.deliveryDays.getText()).isEqualTo("0");
    }

    @Test
    void the_previous_month_is_one_click_away_and_keeps_its_own_entries() {
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        test(view.months.previous).click();
        LedgerView previous = (LedgerView) getCurrentView();

        assertThat(previous.months.title.getText()).isEqualTo(
                lastMonth.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.getDefault()) + " "
                        + lastMonth.getYear());
        test(previous.date).setValue(lastMonth.atDay(3));
        test(previous.add).click();
        assertThat(test(previous.grid).size()).isEqualTo(1);

        LedgerView current = navigate(LedgerView.class);
        assertThat(current.emptyMonth.isVisible()).isTrue();
        assertThat(current.months.next.isEnabled()).isFalse();
    }

    @Test
    void a_months_address_is_ledger_and_the_month() {
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        test(view.months.previous).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("ledger/" + lastMonth);
        LedgerView previous = (LedgerView) getCurrentView();
        assertThat(previous.months.next.isEnabled()).isTrue();
        assertThat(previous.months.thisMonth.isVisible()).isTrue();

        test(previous.months.thisMonth).click();
        assertThat(((LedgerView) getCurrentView()).months.title.getText()).isEqualTo(monthName(YearMonth.from(today)));
    }

    @Test
    void the_old_address_with_a_month_query_is_forwarded_to_the_months_address() {
        UI.getCurrent().navigate(LedgerView.class, QueryParameters.of("month", "2025-05"));

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo("ledger/2025-05");
        assertThat(((LedgerView) getCurrentView()).months.title.getText()).isEqualTo(monthName(YearMonth.of(2025, 5)));
    }

    @Test
    void a_month_to_come_or_before_the_first_day_opens_the_nearest_month_that_can_be_shown() {
        LedgerView later = navigate("ledger/" + YearMonth.from(today).plusMonths(1), LedgerView.class);
        assertThat(later.months.title.getText()).isEqualTo(monthName(YearMonth.from(today)));
        assertThat(later.months.next.isEnabled()).isFalse();

        navigate("ledger/1999-12", LedgerView.class);
        LedgerView earliest = (LedgerView) getCurrentView();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("ledger/2000-01");
        assertThat(earliest.months.title.getText()).isEqualTo(monthName(YearMonth.of(2000, 1)));
        assertThat(earliest.months.previous.isEnabled()).isFalse();
    }

    @Test
    void a_visit_reads_the_households_settings_once() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            navigate("ledger/" + YearMonth.from(today).minusMonths(2), LedgerView.class);

            assertThat(statistics.getEntityStatistics("io.milkledger.account.Account").getLoadCount()).isEqualTo(1);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.getDefault()) + " " + month.getYear();
    }
}
