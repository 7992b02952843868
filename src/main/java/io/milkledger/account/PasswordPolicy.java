package io.milkledger.account;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be, wherever one is chosen (registration, the account page, a reset link): 12 to 128
 * characters of any text, spaces and every script included, and not one of the passwords breach lists show people
 * choose most often. Passwords chosen before the rule keep working; only new ones are checked.
 */
public final class PasswordPolicy {

    /** Counted in Unicode characters (code points), so an emoji or a Devanagari letter counts once. */
    public static final int MIN_LENGTH = 12;

    public static final int MAX_LENGTH = 128;

    /** What the password fields say before anything is typed. */
    public static final String HINT = "At least " + MIN_LENGTH + " characters; a phrase of a few words works well.";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The problem with the password, or {@code null} when it is acceptable. */
    public static @Nullable String problemWith(String password) {
        if (password.codePoints().anyMatch(point -> Character.isSurrogate((char) point) && point <= 0xFFFF)) {
            // half of an emoji's pair, which only a script sends
            return "This password has a broken character; type it again.";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters.";
        }
        if (length > MAX_LENGTH) {
            return "Use at most " + MAX_LENGTH + " characters.";
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return "This password is too common; choose one that is harder to guess.";
        }
        return null;
    }

    private static Set<String> load() {
        try (var in = new ClassPathResource("common-passwords.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("common-passwords.txt is missing from the classpath", e);
        }
    }
}
