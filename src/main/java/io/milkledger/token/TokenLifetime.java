package io.milkledger.token;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/** How long a new token works: a household chooses one of these when it creates the token. */
public enum TokenLifetime {
    DAYS_30("30 days", Duration.ofDays(30)),
    DAYS_90("90 days", Duration.ofDays(90)),
    DAYS_365("365 days", Duration.ofDays(365)),
    NEVER("Never", null);

    /** The choice a new token starts with. */
    public static final TokenLifetime DEFAULT = DAYS_90;

    private final String label;
    private final @Nullable Duration duration;

    TokenLifetime(String label, @Nullable Duration duration) {
        this.label = label;
        this.duration = duration;
    }

    /** How the account page names it. */
    public String label() {
        return label;
    }

    /** When a token created at {@code createdAt} stops working, or null if it never does. */
    public @Nullable Instant expiry(Instant createdAt) {
        return duration == null ? null : createdAt.plus(duration);
    }
}
