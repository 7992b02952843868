package io.milkledger.account;

import java.io.Serial;

/** A provider sign-in that Milk Ledger turned down; nothing was stored. */
public class ProviderSignInRefusedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why it was turned down. */
    public enum Reason {
        /** The provider does not vouch for the email, so it neither creates an account nor joins one. */
        UNVERIFIED_EMAIL,
        /** The provider gave no email address to create an account with. */
        NO_EMAIL,
        /** The account is disabled. */
        DISABLED
    }

    private final Reason reason;

    ProviderSignInRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why the sign-in was turned down. */
    public Reason reason() {
        return reason;
    }
}
