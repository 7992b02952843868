package io.milkledger.legacy;

/** Told after each old user is done, so a page can show how far an import has come. */
@FunctionalInterface
public interface ImportProgress {

    /** Reports nothing. */
    ImportProgress NONE = (done, total) -> {
    };

    /**
     * @param done  old users handled so far
     * @param total old users in the source
     */
    void householdsDone(int done, int total);
}
