package io.milkledger.transfer;

import io.milkledger.account.AccountService;
import io.milkledger.account.HouseholdSettings;
import io.milkledger.base.Dates;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Money;
import io.milkledger.delivery.LedgerHistory;
import io.milkledger.delivery.Price;
import io.milkledger.delivery.PriceService;
import io.milkledger.delivery.RecordedDay;
import io.milkledger.security.HouseholdOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings a CSV file into the signed-in household's ledger: first a preview of every day and every problem, then,
 * when no line has a problem, all days in one transaction or none. A day the file gives without a price gets the
 * household's price on that day; a day the ledger already has exactly so is left alone, so importing the same file
 * twice changes nothing.
 */
@Service
@Transactional(readOnly = true)
@HouseholdOnly
public class ImportService {

    /** The largest file an import takes, in bytes. */
    public static final int MAX_BYTES = CsvImportFile.MAX_BYTES;

    private static final int PREVIEW_DAYS = 10;

    private final LedgerHistory history;
    private final PriceService prices;
    private final AccountService accounts;

    ImportService(LedgerHistory history, PriceService prices, AccountService accounts) {
        this.history = history;
        this.prices = prices;
        this.accounts = accounts;
    }

    /** What importing the file would do; nothing is changed. */
    public ImportPreview preview(byte[] csv) {
        return plan(csv).preview();
    }

    /**
     * Imports the file in one transaction: every day of it, or, when anything fails, none.
     *
     * @param existing whether a day the ledger has differently is skipped or overwritten
     * @throws InvalidInputException when the file can't be read or a line has a problem; nothing is changed then
     */
    @Transactional
    public ImportResult apply(byte[] csv, ExistingDays existing) {
        Plan plan = plan(csv);
        ImportPreview preview = plan.preview();
        if (preview.fileProblem() != null) {
            throw new InvalidInputException("file", preview.fileProblem() + " Nothing was imported.");
        }
        if (!preview.importable()) {
            throw new InvalidInputException("file", preview.problemCount() == 1
                    ? "Line " + preview.problems().getFirst().line() + " has a problem: "
                    + preview.problems().getFirst().reason() + " Nothing was imported."
                    : preview.problemCount() + " lines have problems; fix them and import again. Nothing was "
                    + "imported.");
        }
        var written = history.write(plan.days(), existing == ExistingDays.OVERWRITE);
        return new ImportResult(written.added(), written.replaced(), written.unchanged(), written.kept());
    }

    private Plan plan(byte[] csv) {
        HouseholdSettings household = accounts.settings();
        String currency = household.currency();
        CsvImportFile.Read read = CsvImportFile.read(csv, accounts.today(), currency);
        if (read.fileProblem() != null) {
            return new Plan(ImportPreview.unreadable(read.fileProblem()), List.of());
        }
        List<Price> priceHistory = prices.history();
        List<RecordedDay> days = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        int problemCount = read.problemCount();
        for (ImportRow row : read.rows()) {
            BigDecimal unitPrice = row.unitPrice();
            if (unitPrice == null) {
                Optional<Price> price = priceOn(priceHistory, row.date());
                if (price.isEmpty() || !price.get().currency().equals(currency)) {
                    problemCount++;
                    problems.add(new ImportProblem(row.line(), price.isEmpty()
                            ? "No price per litre is set for " + Dates.day(row.date()) + "; add a Price per litre "
                            + "column or set a price in Settings."
                            : "Your price on " + Dates.day(row.date()) + " is in " + price.get().currency()
                            + "; add a Price per litre column in " + currency + "."));
                    continue;
                }
                unitPrice = price.get().perLitre();
            }
            BigDecimal amount = row.amount() != null ? row.amount()
                    : Money.lineAmount(row.litres(), unitPrice, currency);
            days.add(RecordedDay.of(row.date(), row.litres(), unitPrice, amount, currency, row.note()));
        }
        problems.sort(Comparator.comparingLong(ImportProblem::line));
        List<ImportProblem> listed = problems.subList(0, Math.min(problems.size(),
                CsvImportFile.MAX_LISTED_PROBLEMS));
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        if (!days.isEmpty()) {
            LocalDate first = days.stream().map(RecordedDay::date).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = days.stream().map(RecordedDay::date).max(Comparator.naturalOrder()).orElseThrow();
            Map<LocalDate, RecordedDay> recorded = history.recordedBetween(first, last);
            for (RecordedDay day : days) {
                RecordedDay before = recorded.get(day.date());
                if (before == null) {
                    added++;
                } else if (before.sameAs(day)) {
                    unchanged++;
                } else {
                    changed++;
                }
            }
        }
        ImportPreview preview = new ImportPreview(null, days.size(),
                List.copyOf(days.subList(0, Math.min(PREVIEW_DAYS, days.size()))), List.copyOf(listed),
                problemCount, added, changed, unchanged);
        return new Plan(preview, days);
    }

    private static Optional<Price> priceOn(List<Price> newestFirst, LocalDate date) {
        return newestFirst.stream()
                .filter(price -> price.fromTheBeginning() || !price.effectiveFrom().isAfter(date))
                .findFirst();
    }

    private record Plan(ImportPreview preview, List<RecordedDay> days) {
    }
}
