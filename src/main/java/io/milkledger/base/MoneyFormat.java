package io.milkledger.base;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Shows amounts the way the household reads them: the currency's symbol and minor units, and the
 * digit grouping of their locale (₹12,34,567.50 in India, ¥1,235 for yen).
 */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    /** Formats an amount in the given ISO 4217 currency for the given locale. */
    public static String format(BigDecimal amount, String currencyCode, Locale locale) {
        // ICU4J rather than java.text: java.text.DecimalFormat cannot group digits the Indian way.
        NumberFormat format = NumberFormat.getCurrencyInstance(ULocale.forLocale(locale));
        format.setCurrency(Currency.getInstance(currencyCode));
        int digits = Money.minorUnits(currencyCode);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount);
    }

    /** Formats a price per litre: at least the currency's minor units, up to four decimals. */
    public static String formatPrice(BigDecimal price, String currencyCode, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(ULocale.forLocale(locale));
        format.setCurrency(Currency.getInstance(currencyCode));
        format.setMinimumFractionDigits(Money.minorUnits(currencyCode));
        format.setMaximumFractionDigits(4);
        return format.format(price);
    }

    /** The currency's symbol in the locale, such as ₹, $, € or CHF. */
    public static String symbol(String currencyCode, Locale locale) {
        return Currency.getInstance(currencyCode).getSymbol(ULocale.forLocale(locale));
    }
}
