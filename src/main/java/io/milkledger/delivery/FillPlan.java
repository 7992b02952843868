package io.milkledger.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What "Fill month" would create, shown before it does.
 *
 * @param month  the month
 * @param days   the unrecorded days on the usual schedule, not away, up to today
 * @param litres the usual quantity each gets
 */
public record FillPlan(YearMonth month, List<LocalDate> days, BigDecimal litres) {

    public FillPlan {
        days = List.copyOf(days);
    }

    /** True when there is nothing to fill. */
    public boolean empty() {
        return days.isEmpty();
    }
}
