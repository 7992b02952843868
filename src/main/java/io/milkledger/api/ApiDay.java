package io.milkledger.api;

import io.milkledger.base.Decimals;
import io.milkledger.delivery.LedgerEntry;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One recorded day as the API shows it: in the lists of {@code /api/v1/deliveries}, a month's {@code days}, and
 * (later) the webhooks' events. Litres and the unit price are written as a household types them (1.5, 62), the
 * amount with its currency's minor units (93.00), all as JSON numbers with their exact decimal digits.
 *
 * @param date      the delivery day, {@code yyyy-MM-dd}
 * @param litres    the quantity; zero records a day without milk
 * @param unitPrice the price per litre the day was recorded with
 * @param amount    litres times the unit price, rounded once to the currency's minor units
 * @param currency  ISO 4217 code of the unit price and the amount
 * @param note      the household's note, or null
 * @param version   goes up with every change; the day's {@code ETag} is made of it
 */
public record ApiDay(LocalDate date, BigDecimal litres, BigDecimal unitPrice, BigDecimal amount, String currency,
                     @Nullable String note, long version) {

    /** The day of a ledger entry. */
    public static ApiDay of(LedgerEntry entry) {
        return new ApiDay(entry.date(), Decimals.plain(entry.litres()), Decimals.plain(entry.unitPrice()),
                entry.amount(), entry.currency(), entry.note(), entry.version());
    }

    /** The day's entity tag, a strong one: it changes whenever the day changes. */
    public String etag() {
        return "\"" + date + "-v" + version + "\"";
    }
}
