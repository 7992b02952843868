package io.milkledger.account;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a new password must be: at least ten characters and not one that attackers try first. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The problem with the password, or {@code null} when it is acceptable. */
    static @Nullable String problemWith(String password) {
        if (password.length() < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters.";
        }
        if (password.length() > MAX_LENGTH) {
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
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("common-passwords.txt is missing from the classpath", e);
        }
    }
}
