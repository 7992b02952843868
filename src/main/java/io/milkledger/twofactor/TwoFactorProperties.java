package io.milkledger.twofactor;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Base64;

/**
 * Settings of two-factor sign-in.
 *
 * @param encryptionKey 32 random bytes in base64 ({@code openssl rand -base64 32}), from
 *                      {@code MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY}; with it the authenticator secrets are
 *                      stored encrypted, without it as they are (see {@code docs/decisions/0011-two-factor.md})
 */
@ConfigurationProperties("milk-ledger.two-factor")
record TwoFactorProperties(@Nullable String encryptionKey) {

    TwoFactorProperties {
        if (encryptionKey != null && encryptionKey.isBlank()) {
            encryptionKey = null;
        }
        if (encryptionKey != null) {
            keyBytes(encryptionKey);
        }
    }

    /** The key's bytes, if one is set. */
    byte @Nullable [] key() {
        return encryptionKey == null ? null : keyBytes(encryptionKey);
    }

    private static byte[] keyBytes(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            key = new byte[0];
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY must be 32 random bytes in "
                    + "base64, such as the output of: openssl rand -base64 32");
        }
        return key;
    }
}
