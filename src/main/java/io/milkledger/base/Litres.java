package io.milkledger.base;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Quantities of milk: from 0 to 100 litres a day with up to three decimals (millilitres), shown without trailing
 * zeros. The one home of that rule: the ledger, the CSV import, the old app's import and the usual quantity in
 * settings all ask {@link #problemWith} and show its words.
 */
public final class Litres {

    /** The largest quantity one day can hold; more is taken to be a typing mistake. */
    public static final BigDecimal MAX_PER_DAY = new BigDecimal("100");

    /** Millilitre precision, the NUMERIC(6,3) of the database. */
    public static final int SCALE = 3;

    private Litres() {
    }

    /**
     * What is wrong with a day's quantity, in a sentence that fits next to a field and in an import's list of
     * problems; empty when it can be recorded. Zero is fine: it records a day without milk.
     */
    public static Optional<String> problemWith(BigDecimal litres) {
        if (litres.signum() < 0) {
            return Optional.of("Litres can't be negative; 0 records a day without milk.");
        }
        if (litres.compareTo(MAX_PER_DAY) > 0) {
            return Optional.of("More than 100 litres in a day looks like a typo; at most 100 can be recorded.");
        }
        if (litres.stripTrailingZeros().scale() > SCALE) {
            return Optional.of("Litres have at most three decimals (millilitres).");
        }
        return Optional.empty();
    }

    /** Formats litres for display, such as "1.5 L" or "0 L". */
    public static String format(BigDecimal litres, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        return format.format(litres) + " L";
    }
}
