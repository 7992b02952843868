/**
 * Personal access tokens: what a household's phone or script signs in to the REST API with. A household creates,
 * lists and revokes its own tokens ({@link io.milkledger.token.ApiTokens}); the API checks the token of every
 * request ({@link io.milkledger.token.ApiTokens#check}). Only a hash of each token is stored.
 */
@NullMarked
package io.milkledger.token;

import org.jspecify.annotations.NullMarked;
