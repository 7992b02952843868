package io.milkledger.delivery;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.settings.SettingsChange;
import io.milkledger.settings.SettingsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class FillServiceTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final YearMonth JUNE_2025 = YearMonth.of(2025, 6);

    @Autowired
    FillService fills;
    @Autowired
    LedgerService ledger;
    @Autowired
    AwayService away;
    @Autowired
    SettingsService settings;
    @Autowired
    Households households;

    @BeforeEach
    void signIn() {
        households.registerAndSignIn("Fill");
    }

    @Test
    void a_past_month_plans_every_unrecorded_usual_day_that_is_not_away() {
        settings.save(new SettingsChange("INR", new BigDecimal("50"), JUNE_2025.atDay(1), new BigDecimal("1.5"),
                KOLKATA, EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY))));
        ledger.record(JUNE_2025.atDay(2), new BigDecimal("3"), null);
        away.markAway(JUNE_2025.atDay(10), JUNE_2025.atDay(12), null);

        FillPlan plan = fills.plan(JUNE_2025);

        // June 2025: 30 days, 5 Sundays; minus one recorded day and three days away
        assertThat(plan.days()).hasSize(30 - 5 - 1 - 3)
                .doesNotContain(JUNE_2025.atDay(1), JUNE_2025.atDay(2), JUNE_2025.atDay(10), JUNE_2025.atDay(12))
                .contains(JUNE_2025.atDay(3), JUNE_2025.atDay(30));
        assertThat(plan.litres()).isEqualByComparingTo("1.5");
    }

    @Test
    void the_current_month_fills_up_to_today_only() {
        LocalDate today = LocalDate.now(KOLKATA);

        FillPlan plan = fills.plan(YearMonth.from(today));

        assertThat(plan.days()).hasSize(today.getDayOfMonth()).last().isEqualTo(today);
        assertThat(fills.plan(YearMonth.from(today).plusMonths(1)).empty()).isTrue();
    }

    @Test
    void filling_twice_creates_nothing_the_second_time() {
        FillResult first = fills.fill(JUNE_2025);
        FillResult second = fills.fill(JUNE_2025);

        assertThat(first.created()).isEqualTo(30);
        assertThat(second).isEqualTo(new FillResult(0, 0));
        assertThat(ledger.summary(JUNE_2025).recordedDays()).isEqualTo(30);
        assertThat(ledger.summary(JUNE_2025).amounts().getFirst().value()).isEqualByComparingTo("1500.00");
    }

    @Test
    void undo_removes_what_the_fill_created_but_keeps_corrections_and_earlier_entries() {
        LedgerEntry earlier = ledger.record(JUNE_2025.atDay(1), new BigDecimal("2"), "before the fill");
        FillResult fill = fills.fill(JUNE_2025);
        LedgerEntry corrected = entries(JUNE_2025).stream().filter(e -> e.date().equals(JUNE_2025.atDay(5)))
                .findFirst().orElseThrow();
        ledger.correct(corrected.id(), corrected.version(), new BigDecimal("3"), "guests");

        UndoResult undo = fills.undo(fill.fillId());

        assertThat(undo).isEqualTo(new UndoResult(28, 1));
        assertThat(entries(JUNE_2025)).extracting(LedgerEntry::date)
                .containsExactly(JUNE_2025.atDay(1), JUNE_2025.atDay(5));
        assertThat(entries(JUNE_2025).getFirst()).isEqualTo(earlier);
        assertThatThrownBy(() -> fills.undo(fill.fillId())).isInstanceOf(EntryNotFoundException.class);
    }

    @Test
    void another_household_cannot_undo_a_fill() {
        FillResult fill = fills.fill(JUNE_2025);
        String owner = households.registerAndSignIn("Intruder");

        assertThatThrownBy(() -> fills.undo(fill.fillId())).isInstanceOf(EntryNotFoundException.class);
        assertThat(owner).isNotBlank();
    }

    @Test
    void days_away_are_refused_when_they_end_before_they_start() {
        assertThatThrownBy(() -> away.markAway(JUNE_2025.atDay(9), JUNE_2025.atDay(8), null))
                .hasMessageContaining("can't be before");
        assertThat(away.overlapping(JUNE_2025.atDay(1), JUNE_2025.atEndOfMonth())).isEmpty();
    }

    private java.util.List<LedgerEntry> entries(YearMonth month) {
        return ledger.entries(month, PageRequest.of(0, 40, Sort.by("date")));
    }
}
