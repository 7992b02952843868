package io.milkledger.twofactor;

/**
 * A new authenticator secret, waiting for its first code before two-factor sign-in is on.
 *
 * @param key        the secret in base32, for typing into an app when the QR code will not scan
 * @param otpauthUri what the QR code holds: {@code otpauth://totp/Milk%20Ledger:<email>?secret=...}
 */
public record Enrolment(String key, String otpauthUri) {
}
