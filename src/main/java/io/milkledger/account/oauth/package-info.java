/**
 * Signing in with Google (OpenID Connect) and GitHub (OAuth 2), offered for each provider whose client id and
 * secret the deployment sets. Which household a provider's account signs in as is decided in
 * {@link io.milkledger.account.ProviderSignIns}.
 */
@NullMarked
package io.milkledger.account.oauth;

import org.jspecify.annotations.NullMarked;
