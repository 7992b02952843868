package io.milkledger.delivery;

/**
 * What undoing a fill did.
 *
 * @param removed entries the fill had created and nobody had changed since
 * @param kept    entries the fill had created but the household corrected afterwards; they stay
 */
public record UndoResult(int removed, int kept) {
}
