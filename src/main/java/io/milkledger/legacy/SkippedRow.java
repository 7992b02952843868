package io.milkledger.legacy;

/**
 * A row of the old database that was not imported.
 *
 * @param row    which row, such as {@code milk #12} or {@code user #3}
 * @param reason why, in words an admin can act on
 */
public record SkippedRow(String row, String reason) {

    @Override
    public String toString() {
        return row + ": " + reason;
    }
}
