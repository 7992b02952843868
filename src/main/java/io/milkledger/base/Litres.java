package io.milkledger.base;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Quantities of milk: up to three decimals (millilitres), shown without trailing zeros. */
public final class Litres {

    /** The largest quantity one day can hold; more is taken to be a typing mistake. */
    public static final BigDecimal MAX_PER_DAY = new BigDecimal("100");

    /** Millilitre precision, the NUMERIC(6,3) of the database. */
    public static final int SCALE = 3;

    private Litres() {
    }

    /** Formats litres for display, such as "1.5 L" or "0 L". */
    public static String format(BigDecimal litres, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        return format.format(litres) + " L";
    }
}
