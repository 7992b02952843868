package io.milkledger.dashboard;

import io.milkledger.delivery.MonthTotal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * This month at a glance.
 *
 * @param today            today in the household's time zone
 * @param currency         the household's currency; every amount here is in it
 * @param thisMonth        this month so far
 * @param projectedMonth   this month so far plus the usual quantity on the remaining usual days that are not
 *                         away, at today's price: a projection, not a bill
 * @param lastMonth        last month
 * @param yearToDateAmount this calendar year so far
 * @param yearToDateLitres litres this calendar year so far
 */
public record Glance(LocalDate today, String currency, MonthTotal thisMonth, BigDecimal projectedMonth,
                     MonthTotal lastMonth, BigDecimal yearToDateAmount, BigDecimal yearToDateLitres) {
}
