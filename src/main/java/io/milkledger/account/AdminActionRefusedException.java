package io.milkledger.account;

/** An admin action that cannot be done, with a sentence saying why; nothing was changed. */
public class AdminActionRefusedException extends RuntimeException {

    AdminActionRefusedException(String message) {
        super(message);
    }
}
