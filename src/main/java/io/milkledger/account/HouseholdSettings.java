package io.milkledger.account;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the signed-in household keeps its ledger with.
 *
 * @param accountId   the account's id
 * @param displayName the name shown in the app
 * @param email       the sign-in email, lower-cased
 * @param currency    ISO 4217 code of new entries
 * @param timeZone    where the household lives; it decides what "today" is
 * @param usualLitres the quantity a new entry starts with
 * @param usualWeekdays the weekdays milk usually comes; fills and projections use them
 */
public record HouseholdSettings(long accountId, String displayName, String email, String currency, ZoneId timeZone,
                                BigDecimal usualLitres, Set<DayOfWeek> usualWeekdays) {

    public HouseholdSettings {
        usualWeekdays = usualWeekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(usualWeekdays));
    }

    /** True when milk usually comes on that day. */
    public boolean usuallyDelivered(LocalDate day) {
        return usualWeekdays.contains(day.getDayOfWeek());
    }

    /** Today's date where the household lives, not where the server runs. */
    public LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }
}
