package io.milkledger.delivery;

import io.milkledger.base.Dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which days a delivery can be recorded for: from {@link #FIRST_DAY} up to today where the household lives. The one
 * home of that rule: the ledger, the CSV import and the old app's import ask {@link #problemWith} and show its words;
 * date fields take their bounds from here.
 */
public final class DeliveryDate {

    /** The earliest day an entry can be recorded for; a household's first price applies from it. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    private DeliveryDate() {
    }

    /**
     * What is wrong with recording a delivery on {@code date}, in a sentence that fits next to a field and in an
     * import's list of problems; empty when the day can be recorded.
     *
     * @param today today's date where the household lives
     */
    public static Optional<String> problemWith(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return Optional.of(Dates.day(date) + " is still to come; only days up to today can be recorded.");
        }
        return tooEarly(date);
    }

    /** The problem with a day before {@link #FIRST_DAY}, which no entry and no price can start on. */
    public static Optional<String> tooEarly(LocalDate date) {
        if (date.isBefore(FIRST_DAY)) {
            return Optional.of(Dates.day(date) + " is before " + Dates.day(FIRST_DAY)
                    + ", the earliest day the ledger keeps.");
        }
        return Optional.empty();
    }
}
