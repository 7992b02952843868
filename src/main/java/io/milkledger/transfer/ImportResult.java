package io.milkledger.transfer;

/**
 * What an import did.
 *
 * @param added       days that were not recorded before
 * @param overwritten days the ledger had differently, now as the file gives them
 * @param unchanged   days the ledger already had exactly so, left alone
 * @param skipped     days the ledger had differently and kept
 */
public record ImportResult(int added, int overwritten, int unchanged, int skipped) {
}
