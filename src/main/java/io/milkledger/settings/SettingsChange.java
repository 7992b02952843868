package io.milkledger.settings;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything the settings form saves at once.
 *
 * @param currency      ISO 4217 code for entries recorded from now on
 * @param pricePerLitre the price per litre …
 * @param effectiveFrom … that applies from this day on
 * @param usualLitres   the quantity a new entry starts with
 * @param timeZone      where the household lives
 * @param usualWeekdays the weekdays the milk usually comes
 */
public record SettingsChange(String currency, BigDecimal pricePerLitre, LocalDate effectiveFrom,
                             BigDecimal usualLitres, ZoneId timeZone, Set<DayOfWeek> usualWeekdays) {

    /** Every day of the week: the usual schedule of a daily delivery. */
    public static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
}
