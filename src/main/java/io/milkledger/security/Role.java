package io.milkledger.security;

/** What an account may do. Every household member is a {@code USER}; admins also look after accounts. */
public enum Role {
    USER,
    ADMIN;

    /** {@link #USER}'s name as a constant, for annotations such as {@code @RolesAllowed(Role.USER_NAME)}. */
    public static final String USER_NAME = "USER";

    /** {@link #ADMIN}'s name as a constant, for annotations such as {@code @RolesAllowed(Role.ADMIN_NAME)}. */
    public static final String ADMIN_NAME = "ADMIN";

    /** The Spring Security authority name, such as {@code ROLE_USER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
