package io.milkledger.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One month's totals in the household's currency, summed in the database.
 *
 * @param month        the calendar month of the delivery dates
 * @param amount       what the month cost
 * @param litres       litres delivered
 * @param deliveryDays days with milk
 */
public record MonthTotal(YearMonth month, BigDecimal amount, BigDecimal litres, int deliveryDays) {

    public static MonthTotal empty(YearMonth month) {
        return new MonthTotal(month, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    /** The average price per litre paid that month; empty when no milk came. */
    public Optional<BigDecimal> averagePrice() {
        return litres.signum() == 0 ? Optional.empty()
                : Optional.of(amount.divide(litres, 4, RoundingMode.HALF_UP));
    }
}
