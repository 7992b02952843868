package io.milkledger.delivery;

/**
 * What a fill did.
 *
 * @param fillId  the fill, to undo it; 0 when nothing was created
 * @param created how many entries it created
 */
public record FillResult(long fillId, int created) {
}
