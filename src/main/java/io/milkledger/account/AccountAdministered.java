package io.milkledger.account;

import org.jspecify.annotations.Nullable;

/**
 * An account was changed by an admin, or by the {@code APP_ADMIN_EMAILS} setting. Published inside the change's
 * transaction, so the audit log's row is stored with the change or not at all.
 *
 * @param action      what was done
 * @param targetId    the account it was done to
 * @param targetEmail that account's email
 * @param detail      anything more the log should say, such as why it happened
 */
public record AccountAdministered(AdminAction action, long targetId, String targetEmail, @Nullable String detail) {
}
