package io.milkledger.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A feature's addition to the sign-in filter chain (a second sign-in method, a second factor), applied before
 * Vaadin's own configuration, so {@link SecurityConfiguration} does not grow with every feature.
 */
public interface SignInCustomizer {

    /** Adds the feature's configuration to the chain that serves the views. */
    void customize(HttpSecurity http) throws Exception;
}
