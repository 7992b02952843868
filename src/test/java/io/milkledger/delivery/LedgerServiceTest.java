package io.milkledger.delivery;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.base.InvalidInputException;
import io.milkledger.settings.SettingsChange;
import io.milkledger.settings.SettingsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LedgerServiceTest {

    private static final YearMonth OCTOBER = YearMonth.of(2025, 10);

    @Autowired
    LedgerService ledger;
    @Autowired
    SettingsService settings;
    @Autowired
    Households households;

    @BeforeEach
    void signIn() {
        households.registerAndSignIn("Asha");
    }

    @Test
    void a_delivery_is_recorded_at_the_price_of_its_day_and_rounded_once() {
        LedgerEntry entry = ledger.record(OCTOBER.atDay(3), new BigDecimal("1.5"), "  morning  ");

        assertThat(entry.unitPrice()).isEqualByComparingTo("50");
        assertThat(entry.amount()).isEqualTo(new BigDecimal("75.00"));
        assertThat(entry.currency()).isEqualTo("INR");
        assertThat(entry.note()).isEqualTo("morning");
        assertThat(monthEntries(OCTOBER)).containsExactly(entry);
    }

    @Test
    void the_month_summary_adds_amounts_litres_and_delivery_days_but_not_zero_days() {
        ledger.record(OCTOBER.atDay(1), new BigDecimal("1"), null);
        ledger.record(OCTOBER.atDay(2), BigDecimal.ZERO, "away");
        ledger.record(OCTOBER.atDay(31), new BigDecimal("2.25"), null);
        ledger.record(LocalDate.of(2025, 11, 1), new BigDecimal("5"), null);

        MonthSummary summary = ledger.summary(OCTOBER);

        assertThat(summary.amounts()).containsExactly(new MonthSummary.Amount("INR", new BigDecimal("162.50")));
        assertThat(summary.litres()).isEqualByComparingTo("3.25");
        assertThat(summary.deliveryDays()).isEqualTo(2);
        assertThat(summary.recordedDays()).isEqualTo(3);
        assertThat(ledger.summary(YearMonth.of(2025, 9)).empty()).isTrue();
    }

    @Test
    void a_new_price_applies_from_its_date_and_earlier_entries_keep_theirs() {
        LedgerEntry before = ledger.record(OCTOBER.atDay(10), BigDecimal.ONE, null);
        settings.save(new SettingsChange("INR", new BigDecimal("56.50"), OCTOBER.atDay(15), BigDecimal.ONE,
                ZoneId.of("Asia/Kolkata"), SettingsChange.EVERY_DAY));
        LedgerEntry onTheDay = ledger.record(OCTOBER.atDay(15), BigDecimal.ONE, null);
        LedgerEntry stillBefore = ledger.record(OCTOBER.atDay(14), BigDecimal.ONE, null);

        assertThat(onTheDay.amount()).isEqualByComparingTo("56.50");
        assertThat(stillBefore.amount()).isEqualByComparingTo("50.00");
        assertThat(monthEntries(OCTOBER)).filteredOn(e -> e.id() == before.id())
                .singleElement().extracting(LedgerEntry::amount).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void a_second_entry_for_the_same_day_is_refused_and_nothing_changes() {
        ledger.record(OCTOBER.atDay(5), BigDecimal.ONE, null);

        assertThatThrownBy(() -> ledger.record(OCTOBER.atDay(5), BigDecimal.TWO, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.getMessage()).contains("5 Oct 2025 already has an entry");
                });
        assertThat(monthEntries(OCTOBER)).singleElement().extracting(LedgerEntry::litres)
                .isEqualTo(BigDecimal.ONE);
    }

    @Test
    void negative_absurd_and_overly_precise_litres_are_refused() {
        assertThatThrownBy(() -> ledger.record(OCTOBER.atDay(1), new BigDecimal("-1"), null))
                .hasMessageContaining("can't be negative");
        assertThatThrownBy(() -> ledger.record(OCTOBER.atDay(1), new BigDecimal("100.001"), null))
                .hasMessageContaining("at most 100");
        assertThatThrownBy(() -> ledger.record(OCTOBER.atDay(1), new BigDecimal("1.0005"), null))
                .hasMessageContaining("three decimals");
        assertThat(ledger.summary(OCTOBER).empty()).isTrue();
    }

    @Test
    void zero_litres_records_a_day_without_delivery() {
        LedgerEntry entry = ledger.record(OCTOBER.atDay(9), BigDecimal.ZERO, null);

        assertThat(entry.delivered()).isFalse();
        assertThat(entry.amount()).isEqualByComparingTo("0");
        assertThat(ledger.summary(OCTOBER).recordedDays()).isEqualTo(1);
    }

    @Test
    void today_is_taken_in_the_households_time_zone() {
        // 25 hours apart: whatever the server's clock says, these two households never share a date.
        households.register("Kiri", ZoneId.of("Pacific/Kiritimati"));
        String early = households.register("Pago", ZoneId.of("Pacific/Pago_Pago"));
        LocalDate kiritimatiToday = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));

        households.signIn(early);
        assertThatThrownBy(() -> ledger.record(kiritimatiToday, BigDecimal.ONE, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("still to come"));
        LocalDate pagoToday = LocalDate.now(ZoneId.of("Pacific/Pago_Pago"));
        assertThat(ledger.record(pagoToday, BigDecimal.ONE, null).date()).isEqualTo(pagoToday);
    }

    @Test
    void a_correction_recalculates_the_amount_at_the_recorded_price() {
        LedgerEntry entry = ledger.record(OCTOBER.atDay(20), BigDecimal.ONE, null);
        settings.save(new SettingsChange("INR", new BigDecimal("60"), OCTOBER.atDay(1), BigDecimal.ONE,
                ZoneId.of("Asia/Kolkata"), SettingsChange.EVERY_DAY));

        LedgerEntry corrected = ledger.correct(entry.id(), entry.version(), new BigDecimal("2"), "two today");

        assertThat(corrected.amount()).isEqualByComparingTo("100.00");
        assertThat(corrected.note()).isEqualTo("two today");
        assertThat(corrected.version()).isGreaterThan(entry.version());
    }

    @Test
    void a_correction_based_on_an_old_version_is_refused() {
        LedgerEntry entry = ledger.record(OCTOBER.atDay(21), BigDecimal.ONE, null);
        ledger.correct(entry.id(), entry.version(), new BigDecimal("2"), null);

        assertThatThrownBy(() -> ledger.correct(entry.id(), entry.version(), new BigDecimal("3"), null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(monthEntries(OCTOBER)).singleElement().extracting(LedgerEntry::litres)
                .isEqualTo(new BigDecimal("2"));
    }

    @Test
    void a_deleted_day_becomes_unrecorded() {
        LedgerEntry entry = ledger.record(OCTOBER.atDay(22), BigDecimal.ONE, null);

        ledger.delete(entry.id());

        assertThat(monthEntries(OCTOBER)).isEmpty();
        assertThatThrownBy(() -> ledger.delete(entry.id())).isInstanceOf(EntryNotFoundException.class);
    }

    @Test
    void a_currency_change_applies_to_new_entries_only_and_months_total_per_currency() {
        ledger.record(OCTOBER.atDay(1), BigDecimal.ONE, null);
        settings.save(new SettingsChange("JPY", new BigDecimal("182.5"), OCTOBER.atDay(2), BigDecimal.ONE,
                ZoneId.of("Asia/Tokyo"), SettingsChange.EVERY_DAY));
        LedgerEntry yen = ledger.record(OCTOBER.atDay(2), new BigDecimal("1.5"), null);

        assertThat(yen.amount()).isEqualTo(new BigDecimal("274"));
        assertThat(ledger.summary(OCTOBER).amounts()).containsExactly(
                new MonthSummary.Amount("INR", new BigDecimal("50.00")),
                new MonthSummary.Amount("JPY", new BigDecimal("274")));
    }

    private List<LedgerEntry> monthEntries(YearMonth month) {
        return ledger.entries(month, PageRequest.of(0, 50, Sort.by("date")));
    }
}
