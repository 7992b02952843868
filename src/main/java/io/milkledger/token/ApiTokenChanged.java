package io.milkledger.token;

/**
 * A household created or revoked a token. Published inside the change's transaction, so the audit log's line
 * is stored with the change or not at all.
 *
 * @param change  what happened
 * @param ownerId the household's account id
 * @param tokenId the token's id
 * @param detail  the token's name and, for a new one, its access and expiry; never the token
 */
public record ApiTokenChanged(Change change, long ownerId, long tokenId, String detail) {

    public enum Change { CREATED, REVOKED }
}
