package io.milkledger.base;

import java.util.Comparator;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The currencies a household can keep its ledger in: ISO 4217, with the old app's ten first. */
public final class Currencies {

    /** The ten currencies the old app offered, in its order; most households pick one of these. */
    public static final List<String> FAVOURITES =
            List.of("INR", "USD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "CNY", "AED");

    /** A new household's currency, as in the old app. */
    public static final String DEFAULT = "INR";

    private Currencies() {
    }

    private static final List<String> CODES = selectableCodes();

    /** All selectable currency codes: the favourites, then every other current ISO 4217 currency by code. */
    public static List<String> codes() {
        return CODES;
    }

    private static List<String> selectableCodes() {
        Stream<String> others = Currency.getAvailableCurrencies().stream()
                .filter(Currencies::isCurrentTender)
                .map(Currency::getCurrencyCode)
                .filter(code -> !FAVOURITES.contains(code))
                .sorted(Comparator.naturalOrder());
        return Stream.concat(FAVOURITES.stream(), others).toList();
    }

    /** True for a known ISO 4217 code of a currency the ledger can hold. */
    public static boolean isSupported(String code) {
        return CODES.contains(code);
    }

    /** "₹ INR · Indian Rupee": what the currency selector shows. */
    public static String label(String code, Locale locale) {
        Currency currency = Currency.getInstance(code);
        String symbol = MoneyFormat.symbol(code, locale);
        String prefix = symbol.equals(code) ? code : symbol + " " + code;
        return prefix + " · " + currency.getDisplayName(locale);
    }

    private static boolean isCurrentTender(Currency currency) {
        String code = currency.getCurrencyCode();
        Date now = new Date();
        // The JDK also lists withdrawn currencies (DEM, ESP, ...); ICU knows which are in use today.
        // Codes starting with X are metals, funds and test codes, apart from a few regional currencies.
        boolean regional = code.equals("XAF") || code.equals("XOF") || code.equals("XCD") || code.equals("XPF");
        return com.ibm.icu.util.Currency.isAvailable(code, now, now) && (!code.startsWith("X") || regional);
    }
}
