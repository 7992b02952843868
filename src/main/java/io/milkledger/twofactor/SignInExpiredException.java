package io.milkledger.twofactor;

import java.io.Serial;

/**
 * There is no sign-in waiting for a code: the password was never typed in this session, or longer ago than the
 * second step allows, or two-factor sign-in was turned off meanwhile. The password is asked again.
 */
public class SignInExpiredException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    SignInExpiredException() {
        super("Sign in again: the code was not given in time.");
    }
}
