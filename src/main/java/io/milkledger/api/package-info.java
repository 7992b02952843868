/**
 * The REST API under {@code /api/v1}, for a household's phone, scripts and spreadsheets: JSON over the same
 * services, rules and isolation as the views, signed in per request with a personal access token
 * ({@link io.milkledger.token}) in its own stateless security filter chain. Every error is an RFC 9457 problem
 * ({@code application/problem+json}).
 */
@NullMarked
package io.milkledger.api;

import org.jspecify.annotations.NullMarked;
