package io.milkledger.delivery;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A stretch of days away, both ends included.
 *
 * @param id       its id; only its owner can use it
 * @param firstDay the first day away
 * @param lastDay  the last day away
 * @param note     why, if the household said
 */
public record AwayDays(long id, LocalDate firstDay, LocalDate lastDay, @Nullable String note) {

    /** True when the day falls within the stretch. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
