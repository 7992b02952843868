package io.milkledger.twofactor;

/**
 * The signed-in household's two-factor sign-in.
 *
 * @param on                whether signing in asks for a code after the password
 * @param recoveryCodesLeft unused recovery codes; zero when it is off
 * @param waitingForLink    whether the app's code was right and a link by email waits to turn it on
 * @param asksForPassword   whether turning it on or off asks for the password; false for an account that signs
 *                          in only with Google or GitHub
 */
public record TwoFactorStatus(boolean on, int recoveryCodesLeft, boolean waitingForLink, boolean asksForPassword) {
}
