package io.milkledger.legacy;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.account.AccountService;
import io.milkledger.base.InvalidInputException;
import io.milkledger.delivery.LedgerService;
import io.milkledger.transfer.ImportProblem;
import io.milkledger.transfer.ImportService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same bad day typed into the ledger, given in a CSV file and found in the old app's database is refused with
 * the same sentence on each path: the rules of a day have one home and one wording.
 */
@IntegrationTest
class BadDaysAreRefusedAlikeTest {

    private static final LocalDate PAST_DAY = LocalDate.of(2025, 3, 3);

    @Autowired
    Households households;
    @Autowired
    LedgerService ledger;
    @Autowired
    ImportService csvImport;
    @Autowired
    AccountService accounts;
    @Autowired
    Clock clock;

    @BeforeEach
    void signIn() {
        households.registerAndSignIn("Alike");
    }

    @AfterEach
    void signOut() {
        Households.signOut();
    }

    static Stream<Arguments> badDays() {
        return Stream.of(
                bad("more than 100 litres", today -> PAST_DAY, "100.5", null,
                        "More than 100 litres in a day looks like a typo; at most 100 can be recorded."),
                bad("litres with four decimals", today -> PAST_DAY, "1.2345", null,
                        "Litres have at most three decimals (millilitres)."),
                bad("negative litres", today -> PAST_DAY, "-1", null,
                        "Litres can't be negative; 0 records a day without milk."),
                bad("a day still to come", today -> LocalDate.of(today.getYear() + 1, 1, 2), "1", null,
                        "2 Jan %d is still to come; only days up to today can be recorded."),
                bad("a day before the first day", today -> LocalDate.of(1999, 12, 31), "1", null,
                        "31 Dec 1999 is before 1 Jan 2000, the earliest day the ledger keeps."),
                bad("a note of 501 characters", today -> PAST_DAY, "1", "n".repeat(501),
                        "The note is longer than 500 characters, the most a day keeps."));
    }

    private static Arguments bad(String what, Function<LocalDate, LocalDate> day, String litres, @Nullable String note,
                                 String message) {
        return Arguments.of(what, day, new BigDecimal(litres), note, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDays")
    void the_ledger_the_csv_import_and_the_old_apps_import_say_the_same(String what,
                                                                        Function<LocalDate, LocalDate> day,
                                                                        BigDecimal litres, @Nullable String note,
                                                                        String message) {
        LocalDate date = day.apply(accounts.today());
        String expected = message.formatted(date.getYear());

        assertThatThrownBy(() -> ledger.record(date, litres, note))
                .isInstanceOf(InvalidInputException.class).hasMessage(expected);
        assertThat(csvImport.preview(csv(date, litres, note)).problems()).extracting(ImportProblem::reason)
                .containsExactly(expected);
        if (note == null) {
            // the old app kept no notes
            assertThat(oldApp(date, litres).skipped()).extracting(SkippedRow::reason).containsExactly(expected);
        }
    }

    private static byte[] csv(LocalDate date, BigDecimal litres, @Nullable String note) {
        return ("Date,Litres,Note\n" + date + "," + litres.toPlainString() + "," + (note == null ? "" : note) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private ImportPlan.Household oldApp(LocalDate date, BigDecimal litres) {
        var user = new LegacySource.User(1, "alike@example.com", null, "scrypt:1$2$3", null, null, 1,
                "2025-11-13 18:13:43.450644", 50.0, "INR");
        var row = new LegacySource.Row(1, DateTimeFormatter.ofPattern("dd-MM-yyyy").format(date),
                litres.doubleValue(), 50.0, "03-2025", 1);
        return ImportPlan.of(new LegacySource.Contents(List.of(user), List.of(row), true),
                LocalDate.now(clock.withZone(ZoneOffset.UTC))).households().getFirst();
    }
}
