package io.milkledger.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

    @Test
    void the_constants_for_annotations_are_the_roles_names() {
        assertThat(Role.USER_NAME).isEqualTo(Role.USER.name());
        assertThat(Role.ADMIN_NAME).isEqualTo(Role.ADMIN.name());
        assertThat(HouseholdOnly.RULE).isEqualTo("hasRole('USER')");
        assertThat(AdminOnly.ADMIN_AUTHORITY).isEqualTo(Role.ADMIN.authority());
    }
}
