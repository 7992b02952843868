package io.milkledger.delivery;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.MovableClock;
import io.milkledger.settings.SettingsChange;
import io.milkledger.settings.SettingsService;
import io.milkledger.FixedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Entries are stamped with the application's clock, not the machine's, whichever way they are written. */
@IntegrationTest
@Import(FixedClock.class)
class DeliveryTimesTest {

    @Autowired
    LedgerService ledger;
    @Autowired
    FillService fills;
    @Autowired
    LedgerHistory history;
    @Autowired
    SettingsService settings;
    @Autowired
    Households households;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    private String email;
    private LocalDate today;

    @BeforeEach
    void signIn() {
        email = households.registerAndSignIn("Ira");
        // a day before the clock's, so it is not to come in any time zone
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
    }

    @Test
    void a_recorded_day_is_stamped_with_the_clock_and_a_correction_moves_only_its_update_time() {
        Instant recordedAt = clock.instant();
        LedgerEntry entry = ledger.record(today, new BigDecimal("1"), null);
        assertThat(times(entry.id())).containsExactly(recordedAt, recordedAt);

        clock.advance(Duration.ofHours(1));
        ledger.correct(entry.id(), entry.version(), new BigDecimal("2"), "more");

        assertThat(times(entry.id())).containsExactly(recordedAt, recordedAt.plus(Duration.ofHours(1)));
    }

    @Test
    void filled_and_imported_days_are_stamped_with_the_clock_too() {
        Instant now = clock.instant();
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        settings.save(new SettingsChange("INR", new BigDecimal("50"), lastMonth.atDay(1), new BigDecimal("1"),
                ZoneId.of("Asia/Kolkata"), EnumSet.allOf(DayOfWeek.class)));
        assertThat(fills.fill(lastMonth).created()).isPositive();
        history.write(List.of(RecordedDay.of(today, new BigDecimal("1"), new BigDecimal("50"), new BigDecimal("50"),
                "INR", null)), false);

        List<Instant> stamps = jdbc.sql("""
                        select created_at from deliveries
                        where owner_id = (select id from users where email = :email)""")
                .param("email", email)
                .query(OffsetDateTime.class).list().stream().map(OffsetDateTime::toInstant).toList();
        assertThat(stamps).isNotEmpty().containsOnly(now);
    }

    private List<Instant> times(long id) {
        return jdbc.sql("select created_at, updated_at from deliveries where id = :id").param("id", id)
                .query((row, number) -> List.of(row.getObject("created_at", OffsetDateTime.class).toInstant(),
                        row.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .single();
    }
}
