package io.milkledger.twofactor;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Base64;

/**
 * Settings of two-factor sign-in.
 *
 * @param encryptionKey         32 random bytes in base64 ({@code openssl rand -base64 32}), from
 *                              {@code MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY}, required in production; with it the
 *                              authenticator secrets are stored encrypted, without it (on a laptop) as they are
 *                              (see {@code docs/decisions/0011-two-factor.md})
 * @param previousEncryptionKey the key before the current one, from
 *                              {@code MILK_LEDGER_TWO_FACTOR_PREVIOUS_ENCRYPTION_KEY}, while a key is rotated:
 *                              secrets stored with it still open, and are stored again with the current key
 */
@ConfigurationProperties("milk-ledger.two-factor")
record TwoFactorProperties(@Nullable String encryptionKey, @Nullable String previousEncryptionKey) {

    static final String KEY_VARIABLE = "MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY";
    static final String PREVIOUS_KEY_VARIABLE = "MILK_LEDGER_TWO_FACTOR_PREVIOUS_ENCRYPTION_KEY";

    TwoFactorProperties {
        encryptionKey = blankAsNull(encryptionKey);
        previousEncryptionKey = blankAsNull(previousEncryptionKey);
        if (encryptionKey != null) {
            keyBytes(encryptionKey, KEY_VARIABLE);
        }
        if (previousEncryptionKey != null) {
            keyBytes(previousEncryptionKey, PREVIOUS_KEY_VARIABLE);
            if (encryptionKey == null) {
                throw new IllegalArgumentException(PREVIOUS_KEY_VARIABLE + " is set but " + KEY_VARIABLE
                        + " is not: set the new key too, such as the output of: openssl rand -base64 32");
            }
        }
    }

    /** The current key's bytes, if one is set. */
    byte @Nullable [] key() {
        return encryptionKey == null ? null : keyBytes(encryptionKey, KEY_VARIABLE);
    }

    /** The previous key's bytes, if one is set. */
    byte @Nullable [] previousKey() {
        return previousEncryptionKey == null ? null : keyBytes(previousEncryptionKey, PREVIOUS_KEY_VARIABLE);
    }

    private static @Nullable String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static byte[] keyBytes(String base64, String variable) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            key = new byte[0];
        }
        if (key.length != 32) {
            throw new IllegalArgumentException(variable + " must be 32 random bytes in base64, such as the output "
                    + "of: openssl rand -base64 32");
        }
        return key;
    }
}
