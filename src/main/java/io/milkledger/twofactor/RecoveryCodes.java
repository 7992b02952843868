package io.milkledger.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Single-use codes that stand in for the authenticator app when the phone is lost. Each is 16 characters from an
 * alphabet without look-alikes (no 0, 1, i, l, o), about 79 random bits: too many to guess or to brute-force from
 * a stolen hash, so a fast SHA-256 suffices where a password would need bcrypt, and a code is found by its hash.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    static final int LENGTH = 16;
    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

    private RecoveryCodes() {
    }

    /** Fresh codes, grouped by four for reading: {@code k7cm-x2qd-9rtf-hwe4}. */
    static List<String> generate(SecureRandom random) {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** True when the text has a recovery code's length once spaces, dashes and case are ignored. */
    static boolean looksLikeOne(String typed) {
        return normalize(typed).length() == LENGTH;
    }

    /** The hash stored for a code, and looked up for a typed one; spaces, dashes and capitals do not matter. */
    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalize(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private static String normalize(String typed) {
        return typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
