package io.milkledger.delivery;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's totals for the top of the ledger.
 *
 * @param month        the calendar month
 * @param amounts      the amount owed per currency; one entry unless the household changed currency mid-month
 * @param litres       total litres delivered
 * @param deliveryDays days with milk (more than zero litres)
 * @param recordedDays days with an entry, including "no delivery" days
 */
public record MonthSummary(YearMonth month, List<Amount> amounts, BigDecimal litres, int deliveryDays,
                           int recordedDays) {

    /** An amount in one currency. */
    public record Amount(String currency, BigDecimal value) {
    }

    /** True when nothing was recorded that month. */
    public boolean empty() {
        return recordedDays == 0;
    }
}
