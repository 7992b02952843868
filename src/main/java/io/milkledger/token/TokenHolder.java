package io.milkledger.token;

/**
 * Whom a request's token stands for.
 *
 * @param tokenId the token's id
 * @param ownerId the household's account id
 * @param access  what the token may do
 */
public record TokenHolder(long tokenId, long ownerId, TokenAccess access) {
}
