package io.milkledger.account;

/**
 * Published inside the registration transaction, so features can give a new household its starting data
 * (such as the first price per litre) without the account package knowing about them.
 */
public record HouseholdRegistered(long accountId, String currency) {
}
