package io.milkledger.legacy;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 12, 31);

    private static LegacySource.User user(long id, Object email, Object price, Object currency) {
        return new LegacySource.User(id, email, null, "scrypt:1$2$3", null, null, 1, "2025-11-13 18:13:43.450644",
                price, currency);
    }

    private static ImportPlan.Household plan(LegacySource.User user, LegacySource.Row... rows) {
        return ImportPlan.of(new LegacySource.Contents(List.of(user), List.of(rows), true), TODAY).households()
                .getFirst();
    }

    @Test
    void floating_point_values_become_the_decimals_they_were_typed_as() {
        assertThat(LegacyValues.number(0.1 + 0.2)).isEqualTo(new BigDecimal("0.30000000000000004"));
        assertThat(LegacyValues.number(25.0)).isEqualTo(new BigDecimal("25.0"));
        assertThat(LegacyValues.number(29.4)).isEqualTo(new BigDecimal("29.4"));
        assertThat(LegacyValues.number(" 12.5 ")).isEqualTo(new BigDecimal("12.5"));
        assertThat(LegacyValues.number(Double.NaN)).isNull();
        assertThat(LegacyValues.number("abc")).isNull();
    }

    @Test
    void the_amount_is_the_old_cost_rounded_and_the_unit_price_follows_from_it() {
        ImportPlan.Household household = plan(user(1, "a@example.com", 45.0, "INR"),
                new LegacySource.Row(1, "01-10-2025", 0.1 + 0.2, 0.1 + 0.2, "10-2025", 1),
                new LegacySource.Row(2, "02-10-2025", 3.0, 10.005, "10-2025", 1),
                new LegacySource.Row(3, "03-10-2025", 0.0, 0.0, "10-2025", 1));

        assertThat(household.entries()).containsExactly(
                new ImportPlan.Entry(1, LocalDate.of(2025, 10, 1), new BigDecimal("0.300"), new BigDecimal("1.0000"),
                        new BigDecimal("0.30")),
                new ImportPlan.Entry(2, LocalDate.of(2025, 10, 2), new BigDecimal("3.000"), new BigDecimal("3.3367"),
                        new BigDecimal("10.01")),
                new ImportPlan.Entry(3, LocalDate.of(2025, 10, 3), new BigDecimal("0.000"), new BigDecimal("45.0000"),
                        new BigDecimal("0.00")));
        assertThat(household.oldMonthTotals()).containsEntry(YearMonth.of(2025, 10), new BigDecimal("10.31"));
    }

    @Test
    void a_currency_without_minor_units_rounds_to_whole_amounts() {
        ImportPlan.Household household = plan(user(1, "a@example.com", 42.0, "jpy"),
                new LegacySource.Row(1, "01-10-2025", 0.7, 29.5, "10-2025", 1));

        assertThat(household.currency()).isEqualTo("JPY");
        assertThat(household.entries().getFirst().amount()).isEqualTo(new BigDecimal("30"));
    }

    @Test
    void dates_must_be_real_days_written_as_the_old_app_wrote_them() {
        assertThat(LegacyValues.day("29-02-2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(LegacyValues.day("29-02-2025")).isNull();
        assertThat(LegacyValues.day("31-04-2025")).isNull();
        assertThat(LegacyValues.day("1-10-2025")).isNull();
        assertThat(LegacyValues.day("2025-10-01")).isNull();
        assertThat(LegacyValues.day(20251001)).isNull();
    }

    @Test
    void a_user_without_settings_gets_rupees_and_fifty_and_a_bad_currency_is_refused() {
        assertThat(plan(user(1, "a@example.com", null, null))).satisfies(household -> {
            assertThat(household.currency()).isEqualTo("INR");
            assertThat(household.pricePerLitre()).isEqualTo(new BigDecimal("50.00"));
            assertThat(household.refusal()).isNull();
        });
        assertThat(plan(user(1, "a@example.com", 50.0, "Rs")).refusal())
                .isEqualTo("currency 'Rs' is not one Milk Ledger knows");
        assertThat(plan(user(1, "not an email", 50.0, "INR")).refusal())
                .isEqualTo("email 'not an email' is not an address one can sign in with");
    }

    @Test
    void quantities_beyond_a_millilitre_or_a_hundred_litres_are_refused() {
        ImportPlan.Household household = plan(user(1, "a@example.com", 50.0, "INR"),
                new LegacySource.Row(1, "01-10-2025", 0.3333, 16.67, "10-2025", 1),
                new LegacySource.Row(2, "02-10-2025", 101.0, 5050.0, "10-2025", 1),
                new LegacySource.Row(3, "03-10-2025", 0.5, -25.0, "10-2025", 1));

        assertThat(household.entries()).isEmpty();
        assertThat(household.skipped()).extracting(SkippedRow::reason).containsExactly(
                "Litres have at most three decimals (millilitres).",
                "More than 100 litres in a day looks like a typo; at most 100 can be recorded.",
                "cost -25.0 is negative");
    }
}
