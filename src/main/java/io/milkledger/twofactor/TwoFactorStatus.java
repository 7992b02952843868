package io.milkledger.twofactor;

/**
 * The signed-in household's two-factor sign-in.
 *
 * @param on                whether signing in asks for a code after the password
 * @param recoveryCodesLeft unused recovery codes; zero when it is off
 */
public record TwoFactorStatus(boolean on, int recoveryCodesLeft) {
}
