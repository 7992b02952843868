package io.milkledger.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.text.Normalizer;
import java.util.Map;

/**
 * How passwords are hashed and checked. New hashes are Argon2id ({@code {argon2}$argon2id$...}, Spring Security's
 * 5.8 defaults: 16 MiB, 2 passes), which takes any length of any text, where bcrypt stops at 72 bytes. Stored
 * hashes name their algorithm: {@code {bcrypt}} (what the app wrote before) still works, and so does a hash
 * without an {@code {id}}, one the old app's import copied as it was, checked by {@link WerkzeugPasswordEncoder}.
 * Both ask for an upgrade, so Spring re-hashes the password with Argon2id at the next successful sign-in and the
 * account package's {@code UserDetailsPasswordService} stores that. No other algorithm (Spring's {@code {noop}},
 * {@code {MD5}}, ...) is accepted: a hash naming one never matches.
 *
 * <p>The password is put in Unicode normalization form C first, so the same phrase typed on a phone and on a
 * laptop that compose accents or Devanagari vowel signs differently is the same password. Hashes made before
 * (bcrypt, Werkzeug) were made from the text as typed; when the normalized text does not match one of those, the
 * text as typed is tried too.
 */
final class PasswordHashing implements PasswordEncoder {

    static final String NEW_HASHES = "argon2";

    private final DelegatingPasswordEncoder delegate;

    private PasswordHashing(DelegatingPasswordEncoder delegate) {
        this.delegate = delegate;
    }

    /** The application's password encoder. */
    static PasswordEncoder create() {
        var delegate = new DelegatingPasswordEncoder(NEW_HASHES, Map.of(
                NEW_HASHES, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
        delegate.setDefaultPasswordEncoderForMatches(new WerkzeugPasswordEncoder());
        return new PasswordHashing(delegate);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return delegate.encode(rawPassword == null ? null : normalized(rawPassword));
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || !wellFormed(rawPassword)) {
            return false;
        }
        String normalized = normalized(rawPassword);
        if (delegate.matches(normalized, encodedPassword)) {
            return true;
        }
        return !normalized.contentEquals(rawPassword) && !encodedPassword.startsWith("{" + NEW_HASHES + "}")
                && delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** Whether the text has no half of a surrogate pair, which no typed text has and Argon2 cannot hash. */
    static boolean wellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String normalized(CharSequence password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }
}
