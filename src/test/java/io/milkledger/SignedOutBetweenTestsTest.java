package io.milkledger;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SecurityContextHolderStrategyListener} signs out after every test, so no test class has to. */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignedOutBetweenTestsTest {

    @Autowired
    Households households;

    @Test
    @Order(1)
    void a_test_that_signs_in() {
        households.registerAndSignIn("Uma");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }

    @Test
    @Order(2)
    void the_next_test_starts_signed_out() {
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
