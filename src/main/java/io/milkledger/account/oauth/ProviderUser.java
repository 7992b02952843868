package io.milkledger.account.oauth;

import io.milkledger.security.SignedInUser;
import org.springframework.security.oauth2.core.user.OAuth2User;

import java.io.Serial;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A household signed in through an OAuth 2 provider (GitHub). Spring's OAuth sign-in wants the provider's user as
 * the principal, the services want a {@link SignedInUser} ({@code CurrentUser} reads it): this is both.
 */
class ProviderUser extends SignedInUser implements OAuth2User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Map<String, Object> attributes;

    ProviderUser(SignedInUser account, Map<String, Object> attributes) {
        super(account.accountId(), account.getUsername(), account.displayName(), null, account.isEnabled(),
                account.getAuthorities(), account.signedInAt());
        // providers send nulls (GitHub's "email" when it is private), which Map.copyOf would refuse
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** What the provider said about the person. */
    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    /** The account's email, as for a password sign-in. */
    @Override
    public String getName() {
        return getUsername();
    }
}
