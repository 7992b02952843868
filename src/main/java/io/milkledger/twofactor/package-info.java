/**
 * Two-factor sign-in: a code from an authenticator app (TOTP, RFC 6238) after the password, with recovery codes
 * for a lost phone. Its public API is three services, one job each: {@link io.milkledger.twofactor.TwoFactorService},
 * the signed-in household's settings; {@link io.milkledger.twofactor.TwoFactorSignIn}, the code asked for while
 * signing in; and {@link io.milkledger.twofactor.TwoFactorConfirmation}, the mailed link that turns on an
 * enrolment waiting for it. How the second step fits into Spring Security and Vaadin is told in
 * {@code docs/decisions/0011-two-factor.md}.
 */
@NullMarked
package io.milkledger.twofactor;

import org.jspecify.annotations.NullMarked;
