package io.milkledger.account;

import io.milkledger.base.PlainText;

import java.util.Locale;
import java.util.regex.Pattern;

/** How the account package reads a typed email: stored and compared lower-cased, without surrounding spaces. */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;

    // Deliberately loose: one @, something on each side, a dot in the domain. The verification mail decides.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a normalized email looks like one. */
    static boolean isWellFormed(String normalized) {
        return normalized.length() <= MAX_LENGTH && EMAIL.matcher(normalized).matches()
                && PlainText.problemWith(normalized) == null;
    }
}
