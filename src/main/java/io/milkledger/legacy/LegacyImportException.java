package io.milkledger.legacy;

/** The old app's database cannot be read at all; the message says why in words an admin can act on. */
public class LegacyImportException extends RuntimeException {

    LegacyImportException(String message) {
        super(message);
    }

    LegacyImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
