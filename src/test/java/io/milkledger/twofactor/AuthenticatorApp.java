package io.milkledger.twofactor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import javax.crypto.spec.SecretKeySpec;
import java.security.InvalidKeyException;
import java.time.Instant;

/** The household's phone in tests: reads the key the app shows and makes codes from it with java-otp. */
public final class AuthenticatorApp {

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
    private final SecretKeySpec key;

    /** An app that was given the key as the page shows it, in base32 with or without spaces. */
    public AuthenticatorApp(String base32Key) {
        this.key = new SecretKeySpec(Base32.decode(base32Key), generator.getAlgorithm());
    }

    /** The code the app shows at that moment. */
    public String codeAt(Instant instant) {
        try {
            return generator.generateOneTimePasswordString(key, instant);
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
