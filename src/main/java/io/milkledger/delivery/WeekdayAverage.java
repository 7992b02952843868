package io.milkledger.delivery;

import java.math.BigDecimal;
import java.time.DayOfWeek;

/**
 * The average quantity recorded on one weekday.
 *
 * @param day    the weekday
 * @param litres average litres over the recorded days (no-delivery days count as zero)
 * @param days   how many days were recorded
 */
public record WeekdayAverage(DayOfWeek day, BigDecimal litres, int days) {
}
