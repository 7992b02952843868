package io.milkledger.account.oauth;

import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** A deployment without GOOGLE_ or GITHUB_ variables, like the test suite's usual one. */
@IntegrationTest
class ProvidersNotSetUpTest {

    @Test
    void without_client_ids_and_secrets_there_is_no_oauth_sign_in_at_all(@Autowired SignInProviders providers,
                                                                        @Autowired FilterChainProxy security) {
        assertThat(providers.offered()).isEmpty();
        assertThat(security.getFilterChains()).flatExtracting(chain -> chain.getFilters())
                .noneMatch(filter -> filter instanceof OAuth2AuthorizationRequestRedirectFilter
                        || filter instanceof OAuth2LoginAuthenticationFilter);
    }

    @Test
    void no_client_registrations_exist_for_spring_to_pick_up(@Autowired WebApplicationContext context) {
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
    }

    @Test
    void the_authorization_address_is_just_a_page_that_needs_signing_in(@Autowired WebApplicationContext web)
            throws Exception {
        MockMvc browser = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        browser.perform(get("/oauth2/authorization/google")).andExpect(redirectedUrl("/login"));
    }
}
