package io.milkledger.transfer;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A day as a file gives it; what it leaves out comes from the household's price on that day.
 *
 * @param line      the line in the file
 * @param date      the day
 * @param litres    the quantity, 0 to 100
 * @param unitPrice the price per litre, if the file gives one
 * @param amount    the amount, already rounded to the currency's minor units, if the file gives one
 * @param note      the note, if any
 */
record ImportRow(long line, LocalDate date, BigDecimal litres, @Nullable BigDecimal unitPrice,
                 @Nullable BigDecimal amount, @Nullable String note) {
}
