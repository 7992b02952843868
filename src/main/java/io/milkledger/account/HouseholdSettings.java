package io.milkledger.account;

import java.math.BigDecimal;
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
 */
public record HouseholdSettings(long accountId, String displayName, String email, String currency, ZoneId timeZone,
                                BigDecimal usualLitres) {

    /** Today's date where the household lives, not where the server runs. */
    public LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }
}
