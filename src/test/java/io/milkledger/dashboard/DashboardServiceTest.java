package io.milkledger.dashboard;

import io.milkledger.delivery.MonthTotal;
import io.milkledger.delivery.WeekdayAverage;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.delivery.AwayService;
import io.milkledger.delivery.LedgerService;
import io.milkledger.delivery.PriceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DashboardServiceTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Autowired
    DashboardService dashboard;
    @Autowired
    LedgerService ledger;
    @Autowired
    PriceService prices;
    @Autowired
    AwayService away;
    @Autowired
    Households households;

    private YearMonth current;

    @BeforeEach
    void signIn() {
        households.registerAndSignIn("Dev");
        current = YearMonth.now(KOLKATA);
    }

    @Test
    void a_new_household_sees_empty_months_not_an_error() {
        Dashboard empty = dashboard.load(12);

        assertThat(empty.empty()).isTrue();
        assertThat(empty.months()).hasSize(12).allSatisfy(month -> assertThat(month.amount()).isZero());
        assertThat(empty.months().getLast().month()).isEqualTo(current);
        assertThat(empty.weekdays()).hasSize(7);
        assertThat(empty.glance().thisMonth().deliveryDays()).isZero();
    }

    @Test
    void months_follow_the_delivery_date_and_a_leap_day_counts_in_february() {
        ledger.record(LocalDate.of(2024, 1, 31), new BigDecimal("1"), null);
        ledger.record(LocalDate.of(2024, 2, 1), new BigDecimal("2"), null);
        ledger.record(LocalDate.of(2024, 2, 29), new BigDecimal("1.5"), null);
        ledger.record(LocalDate.of(2024, 3, 1), BigDecimal.ZERO, "away");

        Dashboard tenYears = dashboard.load(120);

        assertThat(month(tenYears, 2024, 1)).isEqualTo(new MonthTotal(YearMonth.of(2024, 1),
                new BigDecimal("50.00"), new BigDecimal("1"), 1));
        assertThat(month(tenYears, 2024, 2)).isEqualTo(new MonthTotal(YearMonth.of(2024, 2),
                new BigDecimal("175.00"), new BigDecimal("3.5"), 2));
        assertThat(month(tenYears, 2024, 3).deliveryDays()).isZero();
        assertThat(month(tenYears, 2024, 3).amount()).isEqualByComparingTo("0");
    }

    @Test
    void a_price_change_within_a_month_splits_the_change_into_price_and_quantity() {
        YearMonth before = current.minusMonths(2);
        YearMonth after = current.minusMonths(1);
        for (int day = 1; day <= 10; day++) {
            ledger.record(before.atDay(day), BigDecimal.ONE, null);           // 10 L at 50 = 500
        }
        prices.setPrice(new BigDecimal("60"), after.atDay(7), "INR");
        for (int day = 1; day <= 12; day++) {
            ledger.record(after.atDay(day), BigDecimal.ONE, null);            // 6 at 50 + 6 at 60 = 660
        }

        MonthChange change = dashboard.load(12).changes().get(1);

        assertThat(change.month().month()).isEqualTo(after);
        assertThat(change.month().averagePrice()).get().isEqualTo(new BigDecimal("55.0000"));
        assertThat(change.change()).isEqualByComparingTo("160.00");
        assertThat(change.priceEffect()).isEqualByComparingTo("60.00");     // (55 - 50) x 12 L
        assertThat(change.quantityEffect()).isEqualByComparingTo("100.00"); // (12 - 10) x 50
        assertThat(change.priceEffect().add(change.quantityEffect())).isEqualByComparingTo(change.change());
    }

    @Test
    void the_glance_adds_up_this_month_last_month_and_the_year() {
        LocalDate today = LocalDate.now(KOLKATA);
        ledger.record(today, new BigDecimal("2"), null);
        ledger.record(current.minusMonths(1).atDay(15), new BigDecimal("3"), null);

        Glance glance = dashboard.load(12).glance();

        assertThat(glance.thisMonth().amount()).isEqualByComparingTo("100.00");
        assertThat(glance.lastMonth().amount()).isEqualByComparingTo("150.00");
        BigDecimal expectedYear = current.getMonthValue() == 1 ? new BigDecimal("100") : new BigDecimal("250");
        assertThat(glance.yearToDateAmount()).isEqualByComparingTo(expectedYear);
    }

    @Test
    void the_projection_adds_the_usual_quantity_on_remaining_days_that_are_not_away() {
        LocalDate today = LocalDate.now(KOLKATA);
        ledger.record(today, new BigDecimal("2"), null);
        LocalDate monthEnd = current.atEndOfMonth();
        long remaining = today.plusDays(1).datesUntil(monthEnd.plusDays(1)).count();
        long awayDays = 0;
        if (remaining >= 2) {
            away.markAway(today.plusDays(1), today.plusDays(2), "visiting family");
            awayDays = 2;
        }

        BigDecimal projected = dashboard.load(12).glance().projectedMonth();

        BigDecimal expected = new BigDecimal("100.00").add(new BigDecimal("50.00")
                .multiply(BigDecimal.valueOf(remaining - awayDays)));
        assertThat(projected).isEqualByComparingTo(expected);
    }

    @Test
    void the_weekday_pattern_averages_recorded_days() {
        LocalDate monday = current.minusMonths(1).atDay(1).with(java.time.temporal.TemporalAdjusters
                .nextOrSame(DayOfWeek.MONDAY));
        ledger.record(monday, new BigDecimal("2"), null);
        ledger.record(monday.plusWeeks(1), new BigDecimal("1"), null);
        ledger.record(monday.plusDays(1), BigDecimal.ZERO, null);

        var week = dashboard.load(12).weekdays();

        assertThat(week.get(0)).isEqualTo(new WeekdayAverage(DayOfWeek.MONDAY, new BigDecimal("1.500"), 2));
        assertThat(week.get(1)).isEqualTo(new WeekdayAverage(DayOfWeek.TUESDAY, new BigDecimal("0.000"), 1));
        assertThat(week.get(2).days()).isZero();
    }

    @Test
    void another_households_entries_never_reach_the_sums() {
        ledger.record(current.minusMonths(1).atDay(3), new BigDecimal("4"), null);
        households.registerAndSignIn("Other");

        Dashboard others = dashboard.load(24);

        assertThat(others.empty()).isTrue();
        assertThat(others.glance().lastMonth().amount()).isZero();
        assertThat(others.weekdays()).allSatisfy(day -> assertThat(day.days()).isZero());
    }

    private static MonthTotal month(Dashboard dashboard, int year, int month) {
        return dashboard.months().stream().filter(m -> m.month().equals(YearMonth.of(year, month)))
                .findFirst().orElseThrow();
    }
}
