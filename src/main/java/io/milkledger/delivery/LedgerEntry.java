package io.milkledger.delivery;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One recorded day as the ledger shows it.
 *
 * @param id        the entry's id; only its owner can use it
 * @param version   what the entry looked like when read; a correction based on an older version is refused
 * @param date      the delivery day
 * @param litres    the quantity; zero means no delivery that day
 * @param unitPrice the price per litre it was recorded with
 * @param amount    litres times unit price, rounded to the currency's minor units
 * @param currency  ISO 4217 code of price and amount
 * @param note      the household's note, if any
 */
public record LedgerEntry(long id, long version, LocalDate date, BigDecimal litres, BigDecimal unitPrice,
                          BigDecimal amount, String currency, @Nullable String note) {

    /** True when milk came that day. */
    public boolean delivered() {
        return litres.signum() > 0;
    }
}
