package io.milkledger.account;

import java.time.ZoneId;

/**
 * What a new household fills in to sign up.
 *
 * @param name            how the app addresses them
 * @param email           their sign-in email, any case
 * @param password        the chosen password
 * @param confirmPassword the same password again
 * @param timeZone        the browser's zone, so "today" is right from the first entry
 */
public record Registration(String name, String email, String password, String confirmPassword, ZoneId timeZone) {
}
