package io.milkledger.delivery.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The month a ledger or calendar address names, such as {@code 2026-11}. */
final class Months {

    private Months() {
    }

    /** What the page says when its address names a month that isn't one, or one still to come. */
    static final String NOT_A_MONTH = "That address names no month of your ledger, so this is the current month.";

    /** The month, or empty for anything that is not one. */
    static Optional<YearMonth> parse(String value) {
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }
}
