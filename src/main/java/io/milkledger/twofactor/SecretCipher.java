package io.milkledger.twofactor;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Turns an authenticator secret into the text stored in {@code two_factor.secret} and back. With a key from
 * {@link TwoFactorProperties} it is AES-256-GCM ({@code aes-gcm:} and base64 of nonce and ciphertext), bound to
 * the account id so a secret copied to another row does not open; without a key it is {@code plain:} and base32.
 * A plain secret stays readable after a key is set, and is sealed the next time its code is used.
 */
@Component
@EnableConfigurationProperties(TwoFactorProperties.class)
class SecretCipher {

    private static final String SEALED = "aes-gcm:";
    private static final String PLAIN = "plain:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final @Nullable SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(TwoFactorProperties properties) {
        byte[] bytes = properties.key();
        this.key = bytes == null ? null : new SecretKeySpec(bytes, "AES");
    }

    /** The text to store for an account's secret. */
    String seal(long accountId, byte[] secret) {
        if (key == null) {
            return PLAIN + Base32.encode(secret);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(accountId));
            byte[] sealed = cipher.doFinal(secret);
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return SEALED + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has AES-GCM", impossible);
        }
    }

    /**
     * The secret behind stored text.
     *
     * @throws IllegalStateException when it was sealed and the key is missing or another one
     */
    byte[] open(long accountId, String stored) {
        if (stored.startsWith(PLAIN)) {
            return Base32.decode(stored.substring(PLAIN.length()));
        }
        if (!stored.startsWith(SEALED)) {
            throw new IllegalStateException("unknown form of a stored two-factor secret");
        }
        if (key == null) {
            throw new IllegalStateException("two-factor secrets are stored encrypted, but "
                    + "MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY is not set");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(bytes, 0, NONCE_BYTES)));
            cipher.updateAAD(associatedData(accountId));
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (GeneralSecurityException wrongKey) {
            throw new IllegalStateException("a two-factor secret does not open with "
                    + "MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY: it was stored with another key", wrongKey);
        }
    }

    /** True when the stored text should be sealed again: it is plain, and a key is set now. */
    boolean wantsSealing(String stored) {
        return key != null && stored.startsWith(PLAIN);
    }

    private static byte[] associatedData(long accountId) {
        return ("milk-ledger two-factor secret of account " + accountId).getBytes(StandardCharsets.US_ASCII);
    }
}
