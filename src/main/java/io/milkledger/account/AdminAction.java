package io.milkledger.account;

/** What an admin did to an account, as the audit log names it. */
public enum AdminAction {
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    EMAIL_MARKED_VERIFIED,
    VERIFICATION_SENT,
    PASSWORD_RESET_SENT,
    ADMIN_GRANTED,
    ADMIN_REVOKED,
    ACCOUNT_DELETED
}
