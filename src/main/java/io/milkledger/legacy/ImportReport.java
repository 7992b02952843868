package io.milkledger.legacy;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What an import did, or in a dry run would do: per old user, the entries added and already there, the rows that
 * cannot be taken and why, and each month's totals compared; plus rows that belong to no user.
 *
 * @param dryRun     true when nothing was written
 * @param source     which database was read
 * @param households one report per old user, in the old ids' order
 * @param unattached rows of {@code milk} whose user does not exist
 */
public record ImportReport(boolean dryRun, String source, List<HouseholdReport> households,
                           List<SkippedRow> unattached) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public ImportReport {
        households = List.copyOf(households);
        unattached = List.copyOf(unattached);
    }

    /** Entries added (or that would be added) over all households. */
    public int added() {
        return households.stream().mapToInt(HouseholdReport::added).sum();
    }

    /** Entries whose day was already recorded. */
    public int alreadyThere() {
        return households.stream().mapToInt(HouseholdReport::alreadyThere).sum();
    }

    /** Rows that were not taken, including those of users that were not imported and of no user. */
    public int skipped() {
        return unattached.size() + households.stream().mapToInt(household -> household.skipped().size()).sum();
    }

    /** True when some user could not be stored. */
    public boolean failed() {
        return households.stream().anyMatch(household -> household.outcome() == HouseholdReport.Outcome.FAILED);
    }

    /** True when every imported household's months match the old app's totals. */
    public boolean monthsMatch() {
        return households.stream().flatMap(household -> household.months().stream()).allMatch(MonthCheck::matches);
    }

    /** The report as plain text, as the command prints it and the admin page shows it. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(dryRun ? "Dry run: nothing was written." : "Import finished.").append('\n')
                .append("Source: ").append(source).append('\n');
        for (HouseholdReport household : households) {
            out.append('\n').append(household.email()).append(" (").append(household.outcome().description())
                    .append(")\n");
            if (household.outcome() == HouseholdReport.Outcome.NEW_ACCOUNT
                    || household.outcome() == HouseholdReport.Outcome.EXISTING_ACCOUNT) {
                out.append("  entries ").append(dryRun ? "to add: " : "added: ").append(household.added())
                        .append(", already there: ").append(household.alreadyThere())
                        .append(", currency ").append(household.currency()).append('\n');
            }
            for (MonthCheck month : household.months()) {
                out.append("  ").append(MONTH.format(month.month())).append(": old app ")
                        .append(month.oldTotal().toPlainString()).append(", Milk Ledger ")
                        .append(month.ledgerTotal().toPlainString())
                        .append(month.matches() ? "  ok" : "  DIFFERS").append('\n');
            }
            for (SkippedRow row : household.skipped()) {
                out.append("  skipped ").append(row).append('\n');
            }
            for (String note : household.notes()) {
                out.append("  note: ").append(note).append('\n');
            }
        }
        for (SkippedRow row : unattached) {
            out.append("\nskipped ").append(row);
        }
        if (!unattached.isEmpty()) {
            out.append('\n');
        }
        out.append('\n').append(households.size()).append(households.size() == 1 ? " user, " : " users, ")
                .append(added())
                .append(dryRun ? " entries to add, " : " entries added, ").append(alreadyThere())
                .append(" already there, ").append(skipped()).append(" rows skipped; month totals ")
                .append(monthsMatch() ? "match the old app." : "DIFFER from the old app where marked.")
                .append('\n');
        return out.toString();
    }
}
