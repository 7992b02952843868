package io.milkledger.account;

/** What a link from an email does when it is opened. */
public enum EmailLinkStatus {
    /** It works (and, once acted on, is used up). */
    WORKS,
    /** It worked once already. */
    ALREADY_USED,
    /** It was not used in time. */
    EXPIRED,
    /** No such link was sent: mistyped, cut short when copied, or its account was deleted. */
    UNKNOWN
}
