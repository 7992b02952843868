package io.milkledger.delivery.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.delivery.LedgerEntry;
import io.milkledger.delivery.LedgerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CalendarViewTest extends SpringBrowserlessTest {

    private static final YearMonth MAY_2025 = YearMonth.of(2025, 5);

    @Autowired
    Households households;
    @Autowired
    LedgerService ledger;

    @BeforeEach
    void signIn() {
        households.registerAndSignIn("Cal");
    }

    @Test
    void a_tap_switches_a_day_between_the_usual_quantity_and_none() {
        CalendarView view = navigate(CalendarView.class, Map.of("month", MAY_2025.toString()));
        assertThat(view.tiles).hasSize(31);

        test(tile(view, 7).toggle).click();
        assertThat(entries()).singleElement().extracting(LedgerEntry::litres).isEqualTo(new BigDecimal("1"));

        test(tile((CalendarView) getCurrentView(), 7).toggle).click();
        assertThat(entries()).singleElement().extracting(LedgerEntry::delivered).isEqualTo(false);
        assertThat(tile((CalendarView) getCurrentView(), 7).getClassNames()).contains("no-delivery");
    }

    @Test
    void today_is_marked_and_later_days_cannot_be_changed() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        CalendarView view = navigate(CalendarView.class);

        DayTile todayTile = tile(view, today.getDayOfMonth());
        assertThat(todayTile.getClassNames()).contains("today");
        if (today.getDayOfMonth() < YearMonth.from(today).lengthOfMonth()) {
            DayTile tomorrow = tile(view, today.getDayOfMonth() + 1);
            assertThat(tomorrow.toggle.isEnabled()).isFalse();
            assertThat(tomorrow.getClassNames()).contains("future");
        }
    }

    @Test
    void fill_month_previews_the_days_then_undo_takes_them_back() {
        CalendarView view = navigate(CalendarView.class, Map.of("month", MAY_2025.toString()));
        test(tile(view, 3).toggle).click();

        test(((CalendarView) getCurrentView()).fillMonth).click();
        FillDialog dialog = $(FillDialog.class).single();
        assertThat(dialog.preview.getText()).contains("on 30 unrecorded days");
        test(dialog.confirm).click();
        assertThat(entries()).hasSize(31);

        Button undo = $(Button.class).withText("Undo").single();
        test(undo).click();
        assertThat(entries()).extracting(LedgerEntry::date).containsExactly(MAY_2025.atDay(3));
    }

    @Test
    void the_calendar_moves_between_months_like_the_ledger_and_not_into_months_to_come() {
        YearMonth current = YearMonth.now(ZoneId.of("Asia/Kolkata"));
        CalendarView view = navigate(CalendarView.class, Map.of("month", current.plusMonths(1).toString()));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("calendar/" + current);
        assertThat(view.months.next.isEnabled()).isFalse();
        assertThat(view.months.thisMonth.isVisible()).isFalse();

        test(view.months.previous).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("calendar/" + current.minusMonths(1));
        assertThat(((CalendarView) getCurrentView()).months.next.isEnabled()).isTrue();
    }

    private static DayTile tile(CalendarView view, int day) {
        return view.tiles.get(day - 1);
    }

    private List<LedgerEntry> entries() {
        return ledger.entries(MAY_2025, PageRequest.of(0, 40, Sort.by("date")));
    }
}
