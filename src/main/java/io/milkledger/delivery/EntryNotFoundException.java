package io.milkledger.delivery;

/**
 * The household has no entry with that id: it was deleted, or it was never theirs. Both look the same on
 * purpose, so ids reveal nothing about other households.
 */
public class EntryNotFoundException extends RuntimeException {

    EntryNotFoundException() {
        super("This entry no longer exists.");
    }
}
