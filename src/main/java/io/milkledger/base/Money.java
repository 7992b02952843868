package io.milkledger.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The money rules every feature shares: amounts are {@link BigDecimal}, rounded once, at the line,
 * to the currency's minor units with {@link RoundingMode#HALF_UP}.
 */
public final class Money {

    private Money() {
    }

    /**
     * The amount of one delivery line: litres times unit price, rounded to the currency's minor units
     * (none for JPY, two for most, three for BHD).
     */
    public static BigDecimal lineAmount(BigDecimal litres, BigDecimal unitPrice, String currencyCode) {
        return roundToMinorUnits(litres.multiply(unitPrice), currencyCode);
    }

    /** Rounds an amount to the minor units of the currency, HALF_UP. */
    public static BigDecimal roundToMinorUnits(BigDecimal amount, String currencyCode) {
        return amount.setScale(minorUnits(currencyCode), RoundingMode.HALF_UP);
    }

    /** Digits after the decimal point of the currency; currencies without a defined value use two. */
    public static int minorUnits(String currencyCode) {
        int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }
}
