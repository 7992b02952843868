package io.milkledger.security;

import org.bouncycastle.crypto.generators.SCrypt;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Checks passwords against the hashes the old Flask app stored with Werkzeug's {@code generate_password_hash}:
 * {@code scrypt:N:r:p$salt$hex} and {@code pbkdf2:sha256:iterations$salt$hex}, the salt being plain text. It only
 * verifies: a sign-in that matches is re-hashed with Argon2id (see {@link PasswordHashing}).
 * A string it cannot read, or whose cost is out of bounds, does not match; nothing is thrown at the sign-in.
 */
public final class WerkzeugPasswordEncoder extends AbstractValidatingPasswordEncoder {

    /** Werkzeug's scrypt always derives 64 bytes, Python's default. */
    static final int SCRYPT_LENGTH = 64;

    // Werkzeug writes N = 2^15, r = 8, p = 1: about 32 MiB and a tenth of a second. The bounds leave room for
    // stronger settings, but a stored hash can never make a sign-in take gigabytes or minutes.
    private static final int SCRYPT_MAX_N = 1 << 20;
    private static final long SCRYPT_MAX_MEMORY_BLOCKS = 1 << 20; // N * r, at 128 bytes each: 128 MiB
    private static final long SCRYPT_MAX_WORK = 1 << 22; // N * r * p
    private static final int PBKDF2_MAX_ITERATIONS = 10_000_000;

    /** A Werkzeug hash, read but not checked yet. */
    sealed interface WerkzeugHash {

        String salt();

        byte[] hash();

        /** Hashes the password the way Werkzeug did, its UTF-8 bytes with the salt's UTF-8 bytes. */
        byte[] derive(String password) throws GeneralSecurityException;
    }

    record Scrypt(int n, int r, int p, String salt, byte[] hash) implements WerkzeugHash {

        @Override
        public byte[] derive(String password) {
            return SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.UTF_8),
                    n, r, p, SCRYPT_LENGTH);
        }
    }

    record Pbkdf2(Digest digest, int iterations, String salt, byte[] hash) implements WerkzeugHash {

        @Override
        public byte[] derive(String password) throws GeneralSecurityException {
            // the JDK's PBKDF2 hashes the characters' UTF-8 bytes, as Werkzeug does
            var spec = new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), iterations,
                    digest.length * 8);
            try {
                return SecretKeyFactory.getInstance(digest.algorithm).generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        }
    }

    /** The hashlib names Werkzeug writes after {@code pbkdf2:} that we accept, with their natural lengths. */
    enum Digest {
        SHA1("PBKDF2WithHmacSHA1", 20),
        SHA256("PBKDF2WithHmacSHA256", 32),
        SHA512("PBKDF2WithHmacSHA512", 64);

        private final String algorithm;
        private final int length;

        Digest(String algorithm, int length) {
            this.algorithm = algorithm;
            this.length = length;
        }

        static Optional<Digest> named(String hashlibName) {
            return switch (hashlibName) {
                case "sha1" -> Optional.of(SHA1);
                case "sha256" -> Optional.of(SHA256);
                case "sha512" -> Optional.of(SHA512);
                default -> Optional.empty();
            };
        }
    }

    @Override
    protected String encodeNonNullPassword(String rawPassword) {
        throw new UnsupportedOperationException(
                "Werkzeug hashes are only verified; new passwords are hashed with the default encoder (Argon2id)");
    }

    @Override
    protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
        Optional<WerkzeugHash> parsed = parse(encodedPassword);
        if (parsed.isEmpty()) {
            return false;
        }
        try {
            return MessageDigest.isEqual(parsed.get().derive(rawPassword), parsed.get().hash());
        } catch (GeneralSecurityException | IllegalArgumentException cannotDerive) {
            return false;
        }
    }

    /** Every Werkzeug hash is a legacy one. */
    @Override
    protected boolean upgradeEncodingNonNull(String encodedPassword) {
        return true;
    }

    /**
     * Whether the text is a hash the old app's Werkzeug writes, with methods, parameters and lengths this encoder
     * checks. The old app's import keeps only such hashes: anything else in a file (such as {@code {noop}secret})
     * could plant an account with a password the file's author knows.
     */
    public static boolean isWerkzeugHash(String encoded) {
        return parse(encoded).isPresent();
    }

    /**
     * Reads {@code method$salt$hex} the way Werkzeug's {@code check_password_hash} splits it, keeping only the
     * methods, parameters and lengths Werkzeug writes. Werkzeug always writes the parameters it used, so a
     * method without them ({@code pbkdf2:sha256$...}, whose meaning depends on the Werkzeug version) is refused.
     */
    static Optional<WerkzeugHash> parse(String encoded) {
        int methodEnd = encoded.indexOf('$');
        int saltEnd = methodEnd < 0 ? -1 : encoded.indexOf('$', methodEnd + 1);
        if (saltEnd < 0 || saltEnd == methodEnd + 1) {
            return Optional.empty();
        }
        String[] method = encoded.substring(0, methodEnd).split(":", -1);
        String salt = encoded.substring(methodEnd + 1, saltEnd);
        try {
            byte[] hash = HexFormat.of().parseHex(encoded, saltEnd + 1, encoded.length());
            return switch (method[0]) {
                case "scrypt" -> method.length == 4
                        ? scrypt(Integer.parseInt(method[1]), Integer.parseInt(method[2]),
                                Integer.parseInt(method[3]), salt, hash)
                        : Optional.empty();
                case "pbkdf2" -> method.length == 3
                        ? Digest.named(method[1])
                                .flatMap(digest -> pbkdf2(digest, Integer.parseInt(method[2]), salt, hash))
                        : Optional.empty();
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException notHexOrNotANumber) {
            return Optional.empty();
        }
    }

    private static Optional<WerkzeugHash> scrypt(int n, int r, int p, String salt, byte[] hash) {
        boolean sane = n >= 2 && n <= SCRYPT_MAX_N && Integer.bitCount(n) == 1 && r >= 1 && p >= 1
                && (long) n * r <= SCRYPT_MAX_MEMORY_BLOCKS && (long) n * r * p <= SCRYPT_MAX_WORK
                // scrypt itself requires N < 2^(16 r); only r = 1 can break that below our N bound
                && (r > 1 || n < 1 << 16)
                && hash.length == SCRYPT_LENGTH;
        return sane ? Optional.of(new Scrypt(n, r, p, salt, hash)) : Optional.empty();
    }

    private static Optional<WerkzeugHash> pbkdf2(Digest digest, int iterations, String salt, byte[] hash) {
        boolean sane = iterations >= 1 && iterations <= PBKDF2_MAX_ITERATIONS && hash.length == digest.length;
        return sane ? Optional.of(new Pbkdf2(digest, iterations, salt, hash)) : Optional.empty();
    }
}
