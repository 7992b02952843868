package io.milkledger.security;

import org.springframework.security.authentication.AccountStatusException;

import java.io.Serial;

/**
 * The password was right, but the account has not confirmed its email yet. Only thrown after the password was
 * checked, so it tells nothing to someone who does not know the password. An {@link AccountStatusException}, so
 * Spring tries no other sign-in provider; the form's failure handler sends it to {@code /login?unverified}.
 */
public class EmailNotVerifiedException extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    public EmailNotVerifiedException() {
        super("The email of this account is not confirmed yet");
    }
}
