package io.milkledger.account;

import io.milkledger.base.PlainText;

import java.util.Optional;

/**
 * The name a household is greeted with: one line of text ({@link PlainText}) of at most {@link #MAX_LENGTH}
 * characters. The one home of that rule: signing up and renaming ask {@link #problemWith} and show its words.
 */
final class HouseholdName {

    static final int MAX_LENGTH = 100;

    private HouseholdName() {
    }

    /** The name as it is kept: without spaces of any kind around it. */
    static String clean(String name) {
        return PlainText.strip(name);
    }

    /** What is wrong with a name as {@link #clean} leaves it; empty when it can be kept. */
    static Optional<String> problemWith(String cleaned) {
        if (cleaned.isEmpty()) {
            return Optional.of("Enter your name.");
        }
        if (cleaned.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        return Optional.ofNullable(PlainText.problemWith(cleaned));
    }
}
