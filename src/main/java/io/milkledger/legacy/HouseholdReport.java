package io.milkledger.legacy;

import java.util.List;

/**
 * What happened (or in a dry run, would happen) to one user of the old app.
 *
 * @param email        the account's email, lower-cased; the old value as it was when it cannot be used
 * @param outcome      new account, days added to an existing one, not imported, or failed
 * @param currency     the currency the entries are kept in
 * @param added        entries added
 * @param alreadyThere old entries whose day the account already had, left as they are
 * @param skipped      old rows that cannot be taken, with the reason
 * @param months       each month's old total against Milk Ledger's
 * @param notes        anything else the admin should know, such as a sign-in provider that was not carried over
 */
public record HouseholdReport(String email, Outcome outcome, String currency, int added, int alreadyThere,
                              List<SkippedRow> skipped, List<MonthCheck> months, List<String> notes) {

    public HouseholdReport {
        skipped = List.copyOf(skipped);
        months = List.copyOf(months);
        notes = List.copyOf(notes);
    }

    /** What became of an old user. */
    public enum Outcome {
        NEW_ACCOUNT("new account"),
        EXISTING_ACCOUNT("account already in Milk Ledger: only missing days added"),
        NOT_IMPORTED("not imported"),
        FAILED("failed, nothing of it stored");

        private final String description;

        Outcome(String description) {
            this.description = description;
        }

        /** For the report. */
        public String description() {
            return description;
        }
    }
}
