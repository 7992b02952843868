package io.milkledger.delivery;

import io.milkledger.base.Decimals;
import io.milkledger.base.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One recorded day as it leaves the ledger in an export and comes back in an import: what was delivered, at
 * which price, for which amount, without the ledger's own id and version.
 *
 * @param date      the delivery day
 * @param litres    the quantity; zero means no delivery that day
 * @param unitPrice the price per litre the day was recorded with
 * @param amount    the amount of the day, in the currency's minor units
 * @param currency  ISO 4217 code of price and amount
 * @param note      the household's note, if any
 */
public record RecordedDay(LocalDate date, BigDecimal litres, BigDecimal unitPrice, BigDecimal amount,
                          String currency, @Nullable String note) {

    /** A day with its numbers in their plain form: litres and price without trailing zeros, amount rounded. */
    public static RecordedDay of(LocalDate date, BigDecimal litres, BigDecimal unitPrice, BigDecimal amount,
                                 String currency, @Nullable String note) {
        return new RecordedDay(date, Decimals.plain(litres), Decimals.plain(unitPrice), Money.roundToMinorUnits(amount, currency),
                currency, note);
    }

    /** True when both say the same about the day, whatever the scale of their numbers. */
    public boolean sameAs(RecordedDay other) {
        return date.equals(other.date) && litres.compareTo(other.litres) == 0
                && unitPrice.compareTo(other.unitPrice) == 0 && amount.compareTo(other.amount) == 0
                && currency.equals(other.currency) && Objects.equals(note, other.note);
    }
}
