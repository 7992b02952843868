package io.milkledger.account;

import io.milkledger.base.InvalidInputException;

/** Registration was refused; nothing was stored. */
public class RegistrationException extends InvalidInputException {

    RegistrationException(String field, String message) {
        super(field, message);
    }
}
