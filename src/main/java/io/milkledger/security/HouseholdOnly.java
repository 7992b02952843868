package io.milkledger.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only for a signed-in household member: put on the services that read or change the signed-in household's own
 * data, which take the owner from {@link CurrentUser}. A view is not the boundary (docs/decisions/0002).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize(HouseholdOnly.RULE)
public @interface HouseholdOnly {

    /** The rule, for {@code @PreAuthorize} expressions that need it with more. */
    String RULE = "hasRole('" + Role.USER_NAME + "')";
}
