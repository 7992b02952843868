package io.milkledger.legacy;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of one household, compared: the old app's sum of {@code cost} for that {@code month_year}, rounded to the
 * currency's minor units, against Milk Ledger's total in that currency after the import (in a dry run: what it would
 * be).
 *
 * @param month       the month
 * @param oldTotal    what the old app showed for it
 * @param ledgerTotal what Milk Ledger shows for it
 */
public record MonthCheck(YearMonth month, BigDecimal oldTotal, BigDecimal ledgerTotal) {

    /** True when both totals are the same amount. */
    public boolean matches() {
        return oldTotal.compareTo(ledgerTotal) == 0;
    }
}
