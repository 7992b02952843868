package io.milkledger.transfer;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.base.InvalidInputException;
import io.milkledger.delivery.LedgerEntry;
import io.milkledger.delivery.LedgerHistory;
import io.milkledger.delivery.LedgerService;
import io.milkledger.delivery.MonthSummary;
import io.milkledger.delivery.PriceService;
import io.milkledger.delivery.RecordedDay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ImportServiceTest {

    private static final LocalDate START = LocalDate.of(2024, 11, 1);
    private static final LocalDate PRICE_CHANGE = LocalDate.of(2025, 1, 15);
    private static final LocalDate END = LocalDate.of(2025, 3, 31);
    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2024, 11), YearMonth.of(2024, 12),
            YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));

    @Autowired
    Households households;
    @Autowired
    LedgerService ledger;
    @Autowired
    LedgerHistory history;
    @Autowired
    PriceService prices;
    @Autowired
    ExportService export;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    private byte[] exported;

    @BeforeEach
    void aHouseholdWithFiveMonthsAndAPriceChangeExportsItsLedger() throws IOException {
        households.registerAndSignIn("Ravi");
        prices.setPrice(new BigDecimal("56.5"), PRICE_CHANGE, "INR");
        int i = 0;
        for (LocalDate day = START; !day.isAfter(END); day = day.plusDays(1), i++) {
            BigDecimal litres = switch (i % 5) {
                case 0 -> BigDecimal.ZERO;
                case 1 -> new BigDecimal("1.5");
                case 2 -> new BigDecimal("0.333");
                default -> new BigDecimal("2");
            };
            String note = i % 17 == 0 ? "=HYPERLINK(\"http://evil.example\")" : i % 7 == 0 ? "guests, \"two\"" : null;
            ledger.record(day, litres, note);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeCsv(export.everything(), out);
        exported = out.toByteArray();
    }

    @Test
    void an_export_imported_into_a_fresh_account_gives_the_same_entries_and_month_totals() {
        List<RecordedDay> daysBefore = days();
        List<MonthSummary> totalsBefore = MONTHS.stream().map(ledger::summary).toList();

        households.registerAndSignIn("Ravi's new account");
        ImportPreview preview = imports.preview(exported);
        ImportResult result = imports.apply(exported, ExistingDays.SKIP);

        assertThat(preview.importable()).isTrue();
        assertThat(preview.newDays()).isEqualTo(daysBefore.size());
        assertThat(result).isEqualTo(new ImportResult(daysBefore.size(), 0, 0, 0));
        assertThat(days()).hasSize(daysBefore.size());
        for (int i = 0; i < daysBefore.size(); i++) {
            assertThat(days().get(i).sameAs(daysBefore.get(i))).as(daysBefore.get(i).toString()).isTrue();
        }
        assertThat(MONTHS.stream().map(ledger::summary).toList()).isEqualTo(totalsBefore);
        assertThat(days()).filteredOn(day -> day.date().isBefore(PRICE_CHANGE))
                .allSatisfy(day -> assertThat(day.unitPrice()).isEqualByComparingTo("50"));
        assertThat(days()).filteredOn(day -> !day.date().isBefore(PRICE_CHANGE))
                .allSatisfy(day -> assertThat(day.unitPrice()).isEqualByComparingTo("56.5"));
    }

    @Test
    void importing_the_same_file_again_changes_nothing_not_even_a_version() {
        List<LedgerEntry> before = entries();

        ImportPreview preview = imports.preview(exported);
        ImportResult result = imports.apply(exported, ExistingDays.OVERWRITE);

        assertThat(preview.unchangedDays()).isEqualTo(before.size());
        assertThat(result).isEqualTo(new ImportResult(0, 0, before.size(), 0));
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void a_day_recorded_differently_is_kept_when_skipping_and_replaced_when_overwriting() {
        byte[] file = csv("Date,Litres,Note\n2024-11-01,3,from the milkman's book\n2025-04-01,1,\n");
        LedgerEntry nov1 = entries().getFirst();

        ImportResult skipped = imports.apply(file, ExistingDays.SKIP);
        assertThat(skipped).isEqualTo(new ImportResult(1, 0, 0, 1));
        assertThat(entries().getFirst()).isEqualTo(nov1);

        ImportResult overwritten = imports.apply(file, ExistingDays.OVERWRITE);
        assertThat(overwritten).isEqualTo(new ImportResult(0, 1, 1, 0));
        LedgerEntry replaced = entries().getFirst();
        assertThat(replaced.litres()).isEqualByComparingTo("3");
        assertThat(replaced.amount()).isEqualByComparingTo("150.00");
        assertThat(replaced.note()).isEqualTo("from the milkman's book");
        assertThat(replaced.version()).isGreaterThan(nov1.version());
    }

    @Test
    void days_without_a_price_get_the_households_price_on_that_day_and_a_given_amount_is_kept() {
        households.registerAndSignIn("Sunita");
        prices.setPrice(new BigDecimal("56.5"), PRICE_CHANGE, "INR");

        imports.apply(csv("Date,Litres,Amount\n14-01-2025,1.5,\n15-01-2025,1.5,\n16-01-2025,1,60.005\n"),
                ExistingDays.SKIP);

        assertThat(days()).extracting(RecordedDay::unitPrice, RecordedDay::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("50"), new BigDecimal("75.00")),
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("56.5"), new BigDecimal("84.75")),
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("56.5"), new BigDecimal("60.01")));
    }

    @Test
    void a_bad_file_gets_a_clear_report_and_nothing_is_imported() {
        households.registerAndSignIn("Meena");
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(1).nextBytes(junk);
        List<byte[]> badFiles = List.of(
                new byte[0],
                csv("When,How much\n2025-01-01,1\n"),
                "Date,Litres,Note\n2025-01-01,1,café\n".getBytes(StandardCharsets.ISO_8859_1),
                "Date,Litres\n2025-01-01,1\n".getBytes(StandardCharsets.UTF_16),
                junk,
                csv("Date,Litres\n2025-01-01,1\n31-02-2025,1\n2025-01-03,1\n"));

        for (byte[] file : badFiles) {
            ImportPreview preview = imports.preview(file);
            assertThat(preview.importable()).isFalse();
            assertThat(preview.fileProblem() != null || !preview.problems().isEmpty()).isTrue();
            assertThatThrownBy(() -> imports.apply(file, ExistingDays.OVERWRITE))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("Nothing was imported");
        }
        assertThat(imports.preview(badFiles.getLast()).problems())
                .containsExactly(new ImportProblem(3, "31-02-2025 is not a day in the calendar."));
        assertThat(days()).isEmpty();
    }

    @Test
    void a_failure_in_the_middle_of_applying_leaves_nothing_behind() {
        households.registerAndSignIn("Kiran");
        StringBuilder file = new StringBuilder("Date,Litres\n");
        for (int day = 1; day <= 28; day++) {
            file.append("2025-02-").append(String.format("%02d", day)).append(day == 20 ? ",42.424\n" : ",1\n");
        }
        // the database refuses the 20th day's row, after 19 rows went in within the same transaction
        jdbc.sql("""
                create function refuse_42_424() returns trigger language plpgsql as $$
                begin
                    if new.litres = 42.424 then raise exception 'refused for the test'; end if;
                    return new;
                end $$""").update();
        jdbc.sql("create trigger refuse_42_424 before insert on deliveries for each row execute function "
                + "refuse_42_424()").update();
        try {
            assertThatThrownBy(() -> imports.apply(csv(file.toString()), ExistingDays.SKIP))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            jdbc.sql("drop trigger refuse_42_424 on deliveries").update();
            jdbc.sql("drop function refuse_42_424()").update();
        }
        assertThat(days()).isEmpty();
    }

    private List<RecordedDay> days() {
        List<RecordedDay> days = new ArrayList<>();
        history.forEachDay(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), days::add);
        return days;
    }

    private List<LedgerEntry> entries() {
        return MONTHS.stream().flatMap(month -> ledger.entries(month, PageRequest.of(0, 31, Sort.by("date")))
                .stream()).toList();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
