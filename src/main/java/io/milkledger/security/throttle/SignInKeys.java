package io.milkledger.security.throttle;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a sign-in attempt is counted under: the email typed and, for attempts from the web, the client address.
 *
 * @param email   SHA-256 (hex) of the email typed, stripped and lower-cased
 * @param address the client address (IPv6 by its /64), or {@code null} when the attempt did not come from a
 *                request, such as an attempt made by code
 */
record SignInKeys(String email, @Nullable String address) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    /** The keys of an attempt, with the address Spring recorded from its request. */
    static SignInKeys of(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        return new SignInKeys(emailKey(attempt.getName()), address == null ? null : addressKey(address));
    }

    /**
     * The same normalisation as the account lookup, so spaces or capitals give no fresh count; hashed, because
     * the table should not keep what people type, which is sometimes their password.
     */
    static String emailKey(String typed) {
        return sha256(typed.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * IPv4 as it is. IPv6 by its /64: a single home or server usually gets a whole /64 and could otherwise
     * take a fresh address for every guess. Anything else (a proxy can pass any text in X-Forwarded-For) is
     * hashed, so it fits the column.
     */
    static String addressKey(String remote) {
        String literal = remote.startsWith("[") && remote.endsWith("]") ? remote.substring(1, remote.length() - 1)
                : remote;
        if (IPV4.matcher(literal).matches()) {
            int[] octets = Arrays.stream(literal.split("\\.")).mapToInt(Integer::parseInt).toArray();
            if (Arrays.stream(octets).allMatch(octet -> octet <= 255)) {
                return Arrays.stream(octets).mapToObj(Integer::toString).collect(Collectors.joining("."));
            }
        } else if (IPV6.matcher(literal).matches()) {
            try {
                // a text with a colon is parsed as an IPv6 literal or refused, never looked up
                InetAddress address = InetAddress.getByName(literal);
                if (address instanceof Inet6Address) {
                    byte[] network = Arrays.copyOf(address.getAddress(), 16);
                    Arrays.fill(network, 8, 16, (byte) 0);
                    return InetAddress.getByAddress(network).getHostAddress() + "/64";
                }
                return address.getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // looked like one but is not: counted by its hash below
            }
        }
        return sha256(remote);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
