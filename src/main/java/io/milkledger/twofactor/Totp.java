package io.milkledger.twofactor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.jspecify.annotations.Nullable;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * The rules of authenticator-app codes (RFC 6238 with the parameters every app supports: HMAC-SHA1, six digits,
 * 30-second steps). A code is accepted for the current step and one step either side, because phone clocks
 * drift; a step once used, or any earlier one, is refused, so a code seen over someone's shoulder is worthless.
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    /** Steps accepted either side of the current one. */
    static final int DRIFT = 1;
    /** 160 bits, the HMAC-SHA1 block the RFC recommends. */
    static final int SECRET_BYTES = 20;

    private Totp() {
    }

    /** What checking a typed code found. */
    sealed interface Verdict {
    }

    /** The code belongs to this step, which had not been used. */
    record Accepted(long step) implements Verdict {
    }

    /** The code was right for a step already used: a replay, or the same code typed twice. */
    record AlreadyUsed() implements Verdict {
    }

    /** Not a code of any step near now. */
    record Wrong() implements Verdict {
    }

    static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /** The number of the 30-second step an instant falls in, counted from the epoch. */
    static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    /** The code an authenticator app shows during the step. */
    static String code(byte[] secret, long step) {
        var generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
                TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
        try {
            var key = new SecretKeySpec(secret, generator.getAlgorithm());
            return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()));
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException("an HMAC key of any length is valid", impossible);
        }
    }

    /**
     * Checks a typed code against the steps around now.
     *
     * @param lastUsedStep the step of the last accepted code, if any; it and earlier steps are refused
     */
    static Verdict check(byte[] secret, String typed, Instant now, @Nullable Long lastUsedStep) {
        String digits = typed.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return new Wrong();
        }
        long current = step(now);
        @Nullable Long accepted = null;
        boolean used = false;
        // every step is checked, whatever matched, so the time taken says nothing about which one did
        for (long step = current - DRIFT; step <= current + DRIFT; step++) {
            boolean matches = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII));
            if (matches && lastUsedStep != null && step <= lastUsedStep) {
                used = true;
            } else if (matches && accepted == null) {
                accepted = step;
            }
        }
        if (accepted != null) {
            return new Accepted(accepted);
        }
        return used ? new AlreadyUsed() : new Wrong();
    }
}
