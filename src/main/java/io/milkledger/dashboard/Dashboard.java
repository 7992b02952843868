package io.milkledger.dashboard;

import io.milkledger.delivery.MonthTotal;
import io.milkledger.delivery.WeekdayAverage;

import java.util.List;

/**
 * Everything the dashboard shows, from one round of queries.
 *
 * @param glance             this month, its projection, last month and the year so far
 * @param months             the chosen number of months up to this one, oldest first, empty months included
 * @param changes            month over month, newest first
 * @param weekdays           average litres by weekday, Monday first, over the same months
 * @param otherCurrencies    true when some entries in these months are in another currency and are not included
 */
public record Dashboard(Glance glance, List<MonthTotal> months, List<MonthChange> changes,
                        List<WeekdayAverage> weekdays, boolean otherCurrencies) {

    /** True for a household that has recorded nothing in these months. */
    public boolean empty() {
        return months.stream().allMatch(month -> month.litres().signum() == 0 && month.deliveryDays() == 0
                && month.amount().signum() == 0);
    }
}
