package io.milkledger.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only for an admin whose session passed the second factor: looking after accounts needs an authenticator app as
 * well as a password (docs/decisions/0015-admin.md). Put on admin services; a view is not the boundary.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize(AdminOnly.RULE)
public @interface AdminOnly {

    /** The authority of the admin role. */
    String ADMIN_AUTHORITY = "ROLE_" + Role.ADMIN_NAME;

    /** The authority a session gets once it passed the code of an authenticator app (see {@code twofactor}). */
    String SECOND_FACTOR_AUTHORITY = "FACTOR_TOTP";

    /** The rule, for {@code @PreAuthorize} expressions that need it with more. */
    String RULE = "hasRole('" + Role.ADMIN_NAME + "') and hasAuthority('" + SECOND_FACTOR_AUTHORITY + "')";
}
