package io.milkledger.twofactor;

import io.milkledger.base.InvalidInputException;

import java.io.Serial;

/** A code that is not right, or was used before; it counted towards the limit of wrong codes. */
public class WrongCodeException extends InvalidInputException {

    @Serial
    private static final long serialVersionUID = 1L;

    WrongCodeException(String message) {
        super("code", message);
    }
}
