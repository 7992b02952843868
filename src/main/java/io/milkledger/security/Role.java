package io.milkledger.security;

/** What an account may do. Every household member is a {@code USER}; admins also look after accounts. */
public enum Role {
    USER,
    ADMIN;

    /** The Spring Security authority name, such as {@code ROLE_USER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
