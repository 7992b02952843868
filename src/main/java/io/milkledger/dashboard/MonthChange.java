package io.milkledger.dashboard;

import io.milkledger.delivery.MonthTotal;

import java.math.BigDecimal;

/**
 * How a month's amount moved against the month before, split into what the price did and what the quantity
 * did: price effect = (this month's average price - last month's) x this month's litres; quantity effect =
 * the rest, which is (this month's litres - last month's) x last month's average price up to rounding.
 * The two add up to the change exactly.
 *
 * @param month          this month
 * @param previous       the month before
 * @param change         this month's amount minus the previous month's
 * @param priceEffect    the part of the change due to a different average price
 * @param quantityEffect the part of the change due to more or less milk
 */
public record MonthChange(MonthTotal month, MonthTotal previous, BigDecimal change, BigDecimal priceEffect,
                          BigDecimal quantityEffect) {
}
