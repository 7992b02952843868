package io.milkledger.account.oauth;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.util.Map;

/**
 * Google (mock-oauth2-server) and GitHub ({@link FakeGitHub}) for the whole test run, and the settings that point
 * the app at them, so every test of a provider sign-in flow shares one application context. Tests tell their
 * sign-ins apart by the unique accounts they queue.
 */
public final class TestProviders implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String GOOGLE_CLIENT_ID = "google-client";
    public static final MockOAuth2Server GOOGLE = new MockOAuth2Server();
    static final FakeGitHub GITHUB;

    static {
        GOOGLE.start();
        try {
            GITHUB = FakeGitHub.start();
        } catch (IOException cannotListen) {
            throw new IllegalStateException(cannotListen);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            GOOGLE.shutdown();
            GITHUB.close();
        }));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test providers", Map.of(
                "GOOGLE_CLIENT_ID", GOOGLE_CLIENT_ID,
                "GOOGLE_CLIENT_SECRET", "google-secret",
                "milk-ledger.oauth.google.issuer-uri", GOOGLE.issuerUrl("google").toString(),
                "GITHUB_CLIENT_ID", FakeGitHub.CLIENT_ID,
                "GITHUB_CLIENT_SECRET", FakeGitHub.CLIENT_SECRET,
                "milk-ledger.oauth.github.uri", GITHUB.url(),
                "milk-ledger.oauth.github.api-uri", GITHUB.url())));
    }
}
