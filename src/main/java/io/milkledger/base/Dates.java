package io.milkledger.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Calendar dates as the household reads them in messages. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    /** "3 Nov 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }
}
