package io.milkledger.legacy;

import io.milkledger.base.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs an import or a dry run, one transaction per old user: a user that fails leaves nothing behind and the others
 * go on. Only accounts with an old user's email are written to. Unguarded: {@link LegacyImportService} is the web's
 * entry, with an admin check, and {@link LegacyImportCommand} the command line's.
 */
@Component
class LegacyImporter {

    private static final Logger log = LoggerFactory.getLogger(LegacyImporter.class);

    private final LedgerWriter ledger;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LegacyImporter(LedgerWriter ledger, PlatformTransactionManager transactions, ApplicationEventPublisher events,
                   Clock clock) {
        this.ledger = ledger;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reads the source, then previews (dry run) or imports each old user.
     *
     * @throws LegacyImportException when the source cannot be read; nothing is written then
     */
    ImportReport run(LegacySource source, boolean dryRun, ImportProgress progress) {
        ImportPlan plan = ImportPlan.of(source.read(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        int total = plan.households().size();
        progress.householdsDone(0, total);
        List<HouseholdReport> reports = new ArrayList<>();
        for (ImportPlan.Household household : plan.households()) {
            reports.add(dryRun ? reading.execute(status -> preview(household)) : importOne(household));
            progress.householdsDone(reports.size(), total);
        }
        ImportReport report = new ImportReport(dryRun, source.description(), reports, plan.unattached());
        if (!dryRun) {
            log.info("Legacy import from {}: {} users, {} entries added, {} already there, {} rows skipped",
                    source.description(), total, report.added(), report.alreadyThere(), report.skipped());
            events.publishEvent(new LegacyImported(source.description(), total
                    + (total == 1 ? " household, " : " households, ") + report.added()
                    + " entries added, " + report.alreadyThere() + " already there, " + report.skipped()
                    + " rows skipped"));
        }
        return report;
    }

    private HouseholdReport importOne(ImportPlan.Household household) {
        try {
            return writing.execute(status -> store(household));
        } catch (RuntimeException e) {
            log.warn("Legacy import of old user #{} failed", household.oldId(), e);
            return new HouseholdReport(household.email(), HouseholdReport.Outcome.FAILED, household.currency(), 0, 0,
                    household.skipped(), List.of(), List.of("nothing of this user was stored: " + e.getMessage()));
        }
    }

    private HouseholdReport preview(ImportPlan.Household household) {
        if (household.refusal() != null) {
            return refused(household);
        }
        Optional<Long> existing = ledger.accountId(household.email());
        Set<LocalDate> recorded = existing.map(ledger::recordedDays).orElse(Set.of());
        Map<YearMonth, BigDecimal> totals = new HashMap<>(existing
                .map(id -> ledger.monthTotals(id, household.currency())).orElse(Map.of()));
        int added = 0;
        for (ImportPlan.Entry entry : household.entries()) {
            if (!recorded.contains(entry.date())) {
                added++;
                totals.merge(YearMonth.from(entry.date()), entry.amount(), BigDecimal::add);
            }
        }
        List<String> notes = new ArrayList<>(household.notes());
        identityNotes(household, existing, notes);
        return new HouseholdReport(household.email(), existing.isPresent()
                ? HouseholdReport.Outcome.EXISTING_ACCOUNT : HouseholdReport.Outcome.NEW_ACCOUNT,
                household.currency(), added, household.entries().size() - added, household.skipped(),
                months(household, totals), notes);
    }

    private HouseholdReport store(ImportPlan.Household household) {
        if (household.refusal() != null) {
            return refused(household);
        }
        Optional<Long> existing = ledger.accountId(household.email());
        List<String> notes = new ArrayList<>(household.notes());
        identityNotes(household, existing, notes);
        long owner;
        if (existing.isPresent()) {
            owner = existing.get();
        } else {
            owner = ledger.createAccount(household);
            if (household.identity() != null && ledger.identityOwner(household.identity()).isEmpty()) {
                ledger.link(household.identity(), owner, household.email());
            }
        }
        int added = 0;
        for (ImportPlan.Entry entry : household.entries()) {
            if (ledger.add(owner, entry, household.currency())) {
                added++;
            }
        }
        return new HouseholdReport(household.email(), existing.isPresent()
                ? HouseholdReport.Outcome.EXISTING_ACCOUNT : HouseholdReport.Outcome.NEW_ACCOUNT,
                household.currency(), added, household.entries().size() - added, household.skipped(),
                months(household, ledger.monthTotals(owner, household.currency())), notes);
    }

    private void identityNotes(ImportPlan.Household household, Optional<Long> existing, List<String> notes) {
        ImportPlan.Identity identity = household.identity();
        if (identity == null) {
            return;
        }
        Optional<Long> linkedTo = ledger.identityOwner(identity);
        if (linkedTo.isPresent() && !linkedTo.equals(existing)) {
            notes.add("sign-in with " + identity.provider() + " is already linked to another account; not linked");
        } else if (linkedTo.isEmpty() && existing.isPresent()) {
            notes.add("sign-in with " + identity.provider() + " is not linked, because the account existed before");
        }
    }

    private static HouseholdReport refused(ImportPlan.Household household) {
        List<SkippedRow> skipped = new ArrayList<>();
        skipped.add(new SkippedRow("user #" + household.oldId(), household.refusal() == null ? ""
                : household.refusal()));
        skipped.addAll(household.skipped());
        return new HouseholdReport(household.email(), HouseholdReport.Outcome.NOT_IMPORTED, household.currency(), 0, 0,
                skipped, List.of(), household.notes());
    }

    private static List<MonthCheck> months(ImportPlan.Household household, Map<YearMonth, BigDecimal> ledgerTotals) {
        BigDecimal zero = Money.roundToMinorUnits(BigDecimal.ZERO, household.currency());
        return household.oldMonthTotals().entrySet().stream()
                .map(old -> new MonthCheck(old.getKey(), old.getValue(), Money.roundToMinorUnits(
                        ledgerTotals.getOrDefault(old.getKey(), zero), household.currency())))
                .toList();
    }
}
