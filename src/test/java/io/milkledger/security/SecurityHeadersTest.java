package io.milkledger.security;

import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every response tells the browser what the page may load, whom it may tell where it was, and what it may use. */
@IntegrationTest
class SecurityHeadersTest {

    private MockMvc mvc;

    @BeforeEach
    void throughSpringSecurity(@Autowired WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void pages_and_health_checks_carry_the_content_security_referrer_and_permissions_policies() throws Exception {
        // the views themselves need Vaadin's servlet, which MockMvc lacks: the journeys check them in the real jar
        for (String path : new String[] {"/dashboard", "/admin/users", "/actuator/health", "/actuator/env"}) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();

            assertThat(response.getHeader("Content-Security-Policy")).as(path)
                    .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "default-src 'self'");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(response.getHeader("Permissions-Policy")).as(path)
                    .contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }
}
