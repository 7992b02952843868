package io.milkledger;

import io.milkledger.account.AccountService;
import io.milkledger.dashboard.DashboardService;
import io.milkledger.delivery.AwayDays;
import io.milkledger.delivery.AwayService;
import io.milkledger.delivery.EntryNotFoundException;
import io.milkledger.delivery.FillService;
import io.milkledger.delivery.LedgerEntry;
import io.milkledger.delivery.LedgerService;
import io.milkledger.delivery.Price;
import io.milkledger.delivery.PriceService;
import io.milkledger.settings.SettingsChange;
import io.milkledger.settings.SettingsService;
import io.milkledger.transfer.ExistingDays;
import io.milkledger.transfer.ExportRange;
import io.milkledger.transfer.ExportService;
import io.milkledger.transfer.ImportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Household B, holding household A's ids, can neither read, change nor delete A's entries or prices through
 * any service method; and nobody can use the services without signing in.
 */
@IntegrationTest
class IsolationTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 10);
    private static final PageRequest PAGE = PageRequest.of(0, 100, Sort.by("date"));

    @Autowired
    LedgerService ledger;
    @Autowired
    PriceService prices;
    @Autowired
    SettingsService settings;
    @Autowired
    AccountService accounts;
    @Autowired
    Households households;
    @Autowired
    DashboardService dashboard;
    @Autowired
    FillService fills;
    @Autowired
    AwayService away;
    @Autowired
    ExportService export;
    @Autowired
    ImportService imports;

    private String householdA;
    private String householdB;
    private LedgerEntry entryOfA;

    @BeforeEach
    void twoHouseholds() {
        householdA = households.registerAndSignIn("Anita");
        settings.save(new SettingsChange("INR", new BigDecimal("64"), MONTH.atDay(1), new BigDecimal("2"),
                ZoneId.of("Asia/Kolkata"), SettingsChange.EVERY_DAY));
        entryOfA = ledger.record(MONTH.atDay(7), new BigDecimal("2"), "A's day");
        householdB = households.registerAndSignIn("Bharat");
    }

    @Test
    void b_sees_none_of_as_entries_or_totals() {
        assertThat(ledger.entries(MONTH, PAGE)).isEmpty();
        assertThat(ledger.summary(MONTH).empty()).isTrue();
        assertThat(ledger.firstMonth()).isEqualTo(YearMonth.from(accounts.today()));
    }

    @Test
    void b_cannot_correct_as_entry_even_with_its_id_and_version() {
        assertThatThrownBy(() -> ledger.correct(entryOfA.id(), entryOfA.version(), new BigDecimal("9"), "mine"))
                .isInstanceOf(EntryNotFoundException.class);

        households.signIn(householdA);
        assertThat(ledger.entries(MONTH, PAGE)).containsExactly(entryOfA);
    }

    @Test
    void b_cannot_delete_as_entry() {
        assertThatThrownBy(() -> ledger.delete(entryOfA.id())).isInstanceOf(EntryNotFoundException.class);

        households.signIn(householdA);
        assertThat(ledger.entries(MONTH, PAGE)).containsExactly(entryOfA);
    }

    @Test
    void b_recording_the_same_day_creates_bs_own_entry_at_bs_price() {
        LedgerEntry entryOfB = ledger.record(MONTH.atDay(7), BigDecimal.ONE, null);

        assertThat(entryOfB.id()).isNotEqualTo(entryOfA.id());
        assertThat(entryOfB.unitPrice()).isEqualByComparingTo("50");
        households.signIn(householdA);
        assertThat(ledger.entries(MONTH, PAGE)).containsExactly(entryOfA);
    }

    @Test
    void b_neither_sees_nor_changes_as_prices_and_settings() {
        assertThat(prices.history()).extracting(Price::perLitre).containsExactly(new BigDecimal("50"));
        assertThat(prices.priceOn(MONTH.atDay(7))).get().extracting(Price::perLitre)
                .isEqualTo(new BigDecimal("50"));
        assertThat(accounts.settings().email()).isEqualTo(householdB);

        prices.setPrice(new BigDecimal("70"), MONTH.atDay(1), "INR");
        settings.save(new SettingsChange("USD", new BigDecimal("1.2"), MONTH.atDay(2), BigDecimal.ONE,
                ZoneId.of("America/New_York"), SettingsChange.EVERY_DAY));

        households.signIn(householdA);
        assertThat(prices.priceOn(MONTH.atDay(7))).get().extracting(Price::perLitre)
                .isEqualTo(new BigDecimal("64"));
        assertThat(accounts.settings().currency()).isEqualTo("INR");
        assertThat(accounts.settings().usualLitres()).isEqualByComparingTo("2");
    }

    @Test
    void b_can_neither_see_nor_end_as_days_away() {
        households.signIn(householdA);
        AwayDays awayOfA = away.markAway(MONTH.atDay(10), MONTH.atDay(12), "A's holiday");
        households.signIn(householdB);

        assertThat(away.overlapping(MONTH.atDay(1), MONTH.atEndOfMonth())).isEmpty();
        assertThatThrownBy(() -> away.remove(awayOfA.id())).isInstanceOf(EntryNotFoundException.class);
        assertThat(fills.plan(MONTH).days()).contains(MONTH.atDay(11));

        households.signIn(householdA);
        assertThat(away.overlapping(MONTH.atDay(1), MONTH.atEndOfMonth())).containsExactly(awayOfA);
    }

    @Test
    void b_exports_only_bs_days_and_an_import_writes_only_into_bs_ledger() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(export.writeCsv(new ExportRange(MONTH.atDay(1), MONTH.atEndOfMonth()), out)).isZero();
        assertThat(export.everything()).isEqualTo(new ExportRange(accounts.today(), accounts.today()));
        assertThat(imports.preview("Date,Litres\n2025-10-07,5\n".getBytes(StandardCharsets.UTF_8)).newDays())
                .isEqualTo(1);

        var result = imports.apply("Date,Litres,Note\n2025-10-07,5,B's import\n".getBytes(StandardCharsets.UTF_8),
                ExistingDays.OVERWRITE);

        assertThat(result.added()).isEqualTo(1);
        assertThat(ledger.entries(MONTH, PAGE)).extracting(LedgerEntry::note).containsExactly("B's import");
        households.signIn(householdA);
        assertThat(ledger.entries(MONTH, PAGE)).containsExactly(entryOfA);
    }

    @Test
    void nobody_uses_the_ledger_without_signing_in() {
        // what Spring Security puts in the context of a request from someone not signed in
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("visitor",
                "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThatThrownBy(() -> ledger.entries(MONTH, PAGE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.summary(MONTH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.record(LocalDate.of(2025, 10, 1), BigDecimal.ONE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.correct(entryOfA.id(), entryOfA.version(), BigDecimal.ONE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.delete(entryOfA.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> prices.history()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> prices.setPrice(BigDecimal.TEN, MONTH.atDay(1), "INR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.settings()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.load(12)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fills.plan(MONTH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fills.fill(MONTH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> away.markAway(MONTH.atDay(1), MONTH.atDay(2), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.everything()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.writeCsv(new ExportRange(MONTH.atDay(1), MONTH.atEndOfMonth()),
                new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview(new byte[0])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.apply(new byte[0], ExistingDays.SKIP))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.save(new SettingsChange("INR", BigDecimal.TEN, MONTH.atDay(1),
                BigDecimal.ONE, ZoneId.of("UTC"), SettingsChange.EVERY_DAY))).isInstanceOf(AccessDeniedException.class);
    }
}
