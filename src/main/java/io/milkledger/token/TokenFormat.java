package io.milkledger.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.zip.CRC32;

/**
 * What a token looks like: {@code mlk_}, 32 random base62 characters (190 bits) and 6 base62 characters of a CRC32
 * of the rest. The prefix makes a leaked token recognisable (to secret scanners, and to a person); the checksum
 * catches a typo or a cut-off paste before any database lookup. Only the SHA-256 of the whole token is stored:
 * with 190 random bits there is nothing for a slow hash to protect, and every request checks a token.
 */
final class TokenFormat {

    static final String PREFIX = "mlk_";
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int RANDOM_CHARACTERS = 32;
    private static final int CHECKSUM_CHARACTERS = 6;
    static final int LENGTH = PREFIX.length() + RANDOM_CHARACTERS + CHECKSUM_CHARACTERS;

    private TokenFormat() {
    }

    /** A new token. */
    static String generate(SecureRandom random) {
        var token = new StringBuilder(LENGTH).append(PREFIX);
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return token.append(checksum(token)).toString();
    }

    /** Whether the text has a token's shape and its checksum matches: no token of ours fails this. */
    static boolean wellFormed(String text) {
        if (text.length() != LENGTH || !text.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        int body = LENGTH - CHECKSUM_CHARACTERS;
        return checksum(text.subSequence(0, body)).equals(text.substring(body));
    }

    /** What is stored of a token: its SHA-256. */
    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String checksum(CharSequence text) {
        var crc = new CRC32();
        crc.update(text.toString().getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] digits = new char[CHECKSUM_CHARACTERS];
        for (int i = CHECKSUM_CHARACTERS - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (value % ALPHABET.length()));
            value /= ALPHABET.length();
        }
        return new String(digits);
    }
}
