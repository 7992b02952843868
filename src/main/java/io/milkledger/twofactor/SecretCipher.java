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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Turns an authenticator secret into the text stored in {@code two_factor.secret} and back. With a key from
 * {@link TwoFactorProperties} it is AES-256-GCM ({@code aes-gcm:k=}, the key's id, {@code :} and base64 of nonce
 * and ciphertext), bound to the account id so a secret copied to another row does not open; without a key it is
 * {@code plain:} and base32. The key's id (the start of its SHA-256) says which key opens a secret, so that while
 * a key is rotated secrets stored with the previous key still open; those, plain ones, and ones stored before ids
 * were written ({@code aes-gcm:} and base64) are sealed again with the current key when read.
 */
@Component
@EnableConfigurationProperties(TwoFactorProperties.class)
class SecretCipher {

    private static final String SEALED = "aes-gcm:";
    private static final String KEY_ID = "k=";
    private static final String PLAIN = "plain:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final @Nullable Key key;
    private final @Nullable Key previousKey;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(TwoFactorProperties properties) {
        this.key = Key.of(properties.key());
        this.previousKey = Key.of(properties.previousKey());
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
            cipher.init(Cipher.ENCRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(accountId));
            byte[] sealed = cipher.doFinal(secret);
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return SEALED + KEY_ID + key.id() + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has AES-GCM", impossible);
        }
    }

    /**
     * The secret behind stored text.
     *
     * @throws IllegalStateException when it was sealed and neither the key nor the previous key opens it
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
                    + TwoFactorProperties.KEY_VARIABLE + " is not set");
        }
        Sealed sealed = Sealed.parse(stored);
        List<Key> candidates = Stream.of(key, previousKey).filter(Objects::nonNull)
                .filter(candidate -> sealed.keyId() == null || candidate.id().equals(sealed.keyId()))
                .toList();
        for (Key candidate : candidates) {
            try {
                return open(candidate, accountId, sealed.bytes());
            } catch (GeneralSecurityException notThisKey) {
                // an old form without a key id: try the next key
            }
        }
        throw new IllegalStateException("a two-factor secret does not open with " + TwoFactorProperties.KEY_VARIABLE
                + (previousKey == null ? "" : " nor " + TwoFactorProperties.PREVIOUS_KEY_VARIABLE)
                + ": it was stored with another key; while rotating, set the key it was stored with as "
                + TwoFactorProperties.PREVIOUS_KEY_VARIABLE);
    }

    /**
     * True when the stored text should be sealed again with the current key: it is plain, or sealed with the
     * previous key, or in the form without a key id.
     */
    boolean wantsSealing(String stored) {
        if (key == null) {
            return false;
        }
        if (stored.startsWith(PLAIN)) {
            return true;
        }
        return stored.startsWith(SEALED) && !key.id().equals(Sealed.parse(stored).keyId());
    }

    private static byte[] open(Key key, long accountId, byte[] bytes) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key.spec(),
                new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(bytes, 0, NONCE_BYTES)));
        cipher.updateAAD(associatedData(accountId));
        return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
    }

    private static byte[] associatedData(long accountId) {
        return ("milk-ledger two-factor secret of account " + accountId).getBytes(StandardCharsets.US_ASCII);
    }

    /** A key and its id: the first 4 bytes of its SHA-256 in hex, which tell keys apart but reveal nothing. */
    private record Key(SecretKeySpec spec, String id) {

        static @Nullable Key of(byte @Nullable [] bytes) {
            if (bytes == null) {
                return null;
            }
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
                return new Key(new SecretKeySpec(bytes, "AES"), HexFormat.of().formatHex(digest, 0, 4));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("every Java runtime has SHA-256", impossible);
            }
        }
    }

    /** Stored text after {@code aes-gcm:}: {@code k=<id>:<base64>}, or only base64 in the form without an id. */
    private record Sealed(@Nullable String keyId, byte[] bytes) {

        static Sealed parse(String stored) {
            String rest = stored.substring(SEALED.length());
            int colon = rest.indexOf(':');
            // base64 never has '=' as its second character, so "k=" cannot start the form without an id
            if (rest.startsWith(KEY_ID) && colon > 0) {
                return new Sealed(rest.substring(KEY_ID.length(), colon),
                        Base64.getDecoder().decode(rest.substring(colon + 1)));
            }
            return new Sealed(null, Base64.getDecoder().decode(rest));
        }
    }
}
