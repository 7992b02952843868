package io.milkledger.transfer;

/** What an import does with a day the ledger already has differently from the file. */
public enum ExistingDays {

    /** Keep the ledger's entry; the file's line for that day is skipped. */
    SKIP,

    /** Replace the ledger's entry with the file's, price and amount included. */
    OVERWRITE
}
