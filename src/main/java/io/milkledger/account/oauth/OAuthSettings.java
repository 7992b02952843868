package io.milkledger.account.oauth;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * The OAuth clients the deployment registered with Google and GitHub ({@code application.properties} fills them
 * from {@code GOOGLE_CLIENT_ID} and the like), and where the providers are, which only tests change.
 *
 * @param google the Google OAuth client
 * @param github the GitHub OAuth app
 */
@ConfigurationProperties("milk-ledger.oauth")
record OAuthSettings(@DefaultValue Google google, @DefaultValue GitHub github) {

    /**
     * @param clientId     {@code GOOGLE_CLIENT_ID}
     * @param clientSecret {@code GOOGLE_CLIENT_SECRET}
     * @param issuerUri    an OpenID provider to use instead of Google, its endpoints read from its discovery
     *                     document at startup; for tests
     */
    record Google(@Nullable String clientId, @Nullable String clientSecret, @Nullable URI issuerUri) {

        boolean configured() {
            return isSet(clientId) && isSet(clientSecret);
        }
    }

    /**
     * @param clientId     {@code GITHUB_CLIENT_ID}, or the old app's {@code GHCLIENT_ID}
     * @param clientSecret {@code GITHUB_CLIENT_SECRET}, or the old app's {@code GHCLIENT_SECRET}
     * @param uri          GitHub's site, which has the authorization and token endpoints
     * @param apiUri       GitHub's REST API, which has {@code /user} and {@code /user/emails}
     */
    record GitHub(@Nullable String clientId, @Nullable String clientSecret,
                  @DefaultValue("https://github.com") URI uri,
                  @DefaultValue("https://api.github.com") URI apiUri) {

        boolean configured() {
            return isSet(clientId) && isSet(clientSecret);
        }
    }

    /** Blank counts as unset, as in {@code deployment.SettingsProblems}. */
    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
