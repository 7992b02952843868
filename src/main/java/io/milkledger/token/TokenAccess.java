package io.milkledger.token;

/** What a token may do with the household's data. */
public enum TokenAccess {
    /** Reads only: any write with it is refused. */
    READ("Read only"),
    /** Reads and records, corrects and deletes days and prices. */
    READ_WRITE("Read and write");

    private final String label;

    TokenAccess(String label) {
        this.label = label;
    }

    /** How the account page names it. */
    public String label() {
        return label;
    }

    /** Whether a token with this access may change the household's data. */
    public boolean writes() {
        return this == READ_WRITE;
    }
}
