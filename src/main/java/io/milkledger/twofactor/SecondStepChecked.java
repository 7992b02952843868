package io.milkledger.twofactor;

/**
 * The code of a sign-in waiting for its second step was checked: published for the audit log.
 *
 * @param accountId the account signing in
 * @param email     its email
 * @param outcome   what came of the code
 * @param recovery  whether it was a recovery code rather than one from the app
 */
public record SecondStepChecked(long accountId, String email, Outcome outcome, boolean recovery) {

    /** What came of a code. */
    public enum Outcome {
        /** Right: the session is fully signed in. */
        PASSED,
        /** Not right, or used before. */
        WRONG_CODE,
        /** Not checked at all: too many wrong codes lately. */
        TOO_MANY_WRONG_CODES
    }
}
