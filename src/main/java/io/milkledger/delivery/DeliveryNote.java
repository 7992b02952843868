package io.milkledger.delivery;

import io.milkledger.base.PlainText;
import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * A day's note: one line of text ({@link PlainText}) of at most {@link #MAX_LENGTH} characters, kept without
 * surrounding spaces. The one home of that rule: the ledger and the CSV import ask {@link #problemWith}, note fields
 * take their length from here.
 */
public final class DeliveryNote {

    /** The most characters a note keeps, the {@code varchar(500)} of the database. */
    public static final int MAX_LENGTH = 500;

    private DeliveryNote() {
    }

    /** The note as it is kept: without surrounding spaces, and none for a blank one. */
    public static @Nullable String clean(@Nullable String note) {
        String stripped = note == null ? "" : PlainText.strip(note);
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * What is wrong with a note as given (clean it first), in a sentence that fits next to a field and in an
     * import's list of problems; empty when it can be kept.
     */
    public static Optional<String> problemWith(@Nullable String note) {
        if (note != null && note.length() > MAX_LENGTH) {
            return Optional.of("The note is longer than " + MAX_LENGTH + " characters, the most a day keeps.");
        }
        return note == null ? Optional.empty() : Optional.ofNullable(PlainText.problemWith(note));
    }
}
