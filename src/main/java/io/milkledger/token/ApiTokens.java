package io.milkledger.token;

import io.milkledger.base.InvalidInputException;
import io.milkledger.base.PlainText;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in household's API tokens, and the check of the token a request presents. A household may hold
 * {@value #MOST_PER_HOUSEHOLD} working tokens; a revoked token is deleted, so it matches nothing from then on.
 */
@Service
public class ApiTokens {

    /** How many working (not expired) tokens a household may have. */
    public static final int MOST_PER_HOUSEHOLD = 20;
    /** The longest name a token may have. */
    public static final int NAME_MAX_LENGTH = 60;
    /** How often, at most, a token's "last used" time is written. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a token for the signed-in household.
     *
     * @return the token, which is never available again, and how it is listed
     * @throws InvalidInputException for a missing or too long name, or when the household already has
     *                               {@value #MOST_PER_HOUSEHOLD} working tokens
     */
    @HouseholdOnly
    @Transactional
    public NewApiToken create(String name, TokenAccess access, TokenLifetime lifetime) {
        String cleanName = checkedName(name);
        long owner = CurrentUser.id();
        Instant now = clock.instant();
        if (tokens.countWorking(owner, now) >= MOST_PER_HOUSEHOLD) {
            throw new InvalidInputException("name", "You have " + MOST_PER_HOUSEHOLD
                    + " tokens, the most a household can have. Revoke one you no longer use first.");
        }
        String token = TokenFormat.generate(random);
        ApiToken created = tokens.insert(owner, cleanName, access, TokenFormat.hash(token), now,
                lifetime.expiry(now));
        events.publishEvent(new ApiTokenChanged(ApiTokenChanged.Change.CREATED, owner, created.id(),
                cleanName + " (" + access.label().toLowerCase() + ", expires: " + lifetime.label().toLowerCase() + ")"));
        return new NewApiToken(token, created);
    }

    /** The signed-in household's tokens, newest first, expired ones included. */
    @HouseholdOnly
    @Transactional(readOnly = true)
    public List<ApiToken> list() {
        return tokens.list(CurrentUser.id());
    }

    /**
     * Revokes one of the signed-in household's tokens: the next request with it is refused.
     *
     * @return false when the household has no such token (already revoked, or never its own)
     */
    @HouseholdOnly
    @Transactional
    public boolean revoke(long tokenId) {
        long owner = CurrentUser.id();
        Optional<String> name = tokens.name(owner, tokenId);
        if (name.isEmpty() || !tokens.delete(owner, tokenId)) {
            return false;
        }
        events.publishEvent(new ApiTokenChanged(ApiTokenChanged.Change.REVOKED, owner, tokenId, name.get()));
        return true;
    }

    /**
     * Whom a presented token stands for, if it is one of ours that still works: well-formed with a matching
     * checksum (checked before any lookup), neither revoked nor expired. Stamps it as used, at most once a minute.
     * Whether its account may still sign in is the caller's to check.
     */
    @Transactional
    public Optional<TokenHolder> check(String presented) {
        if (!TokenFormat.wellFormed(presented)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findWorking(TokenFormat.hash(presented), now).map(found -> {
            Instant lastUsed = found.lastUsedAt();
            if (lastUsed == null || lastUsed.isBefore(now.minus(LAST_USED_PRECISION))) {
                tokens.markUsed(found.holder().tokenId(), now, now.minus(LAST_USED_PRECISION));
            }
            return found.holder();
        });
    }

    /** Whether the text looks like one of our tokens, checksum included, without asking the database. */
    public static boolean wellFormed(String presented) {
        return TokenFormat.wellFormed(presented);
    }

    private static String checkedName(String name) {
        String trimmed = PlainText.strip(name);
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "Give the token a name, such as the phone or script that uses it");
        }
        if (trimmed.length() > NAME_MAX_LENGTH) {
            throw new InvalidInputException("name", "A name can have at most " + NAME_MAX_LENGTH + " characters");
        }
        String problem = PlainText.problemWith(trimmed);
        if (problem != null) {
            throw new InvalidInputException("name", problem);
        }
        return trimmed;
    }
}
