package io.milkledger.twofactor;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import io.milkledger.security.SignInCustomizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.stereotype.Component;

/**
 * Puts the second step in front of every sign-in: the password form and, where it is set up, Google and GitHub.
 * Vaadin's configurer sets the form's success handler (the one that knows the saved request and the default
 * {@code /dashboard}) when the chain is built, after every customizer has run, so the handlers are replaced when
 * the sign-in filters are built. Accounts without two-factor sign-in go on through Vaadin's handler untouched.
 */
@Component
class TwoFactorSignInCustomizer implements SignInCustomizer {

    private final SecondStep secondStep;

    TwoFactorSignInCustomizer(SecondStep secondStep) {
        this.secondStep = secondStep;
    }

    @Override
    public void customize(HttpSecurity http) {
        // not http.formLogin(...) here: a form login configured before Vaadin's names no login page yet, and
        // Spring would then serve its own generated page at /login
        http.with(new SecondStepConfigurer(secondStep), configurer -> { });
    }

    /** Runs when the chain is built, after the customizers and Vaadin have said which sign-ins there are. */
    private static final class SecondStepConfigurer
            extends AbstractHttpConfigurer<SecondStepConfigurer, HttpSecurity> {

        private final SecondStep secondStep;

        SecondStepConfigurer(SecondStep secondStep) {
            this.secondStep = secondStep;
        }

        @Override
        public void init(HttpSecurity http) {
            http.formLogin(form -> form.withObjectPostProcessor(inFrontOfSignIn(http)));
            if (http.getConfigurer(OAuth2LoginConfigurer.class) != null) {
                http.oauth2Login(login -> login.withObjectPostProcessor(inFrontOfSignIn(http)));
            }
        }

        private ObjectPostProcessor<AbstractAuthenticationProcessingFilter> inFrontOfSignIn(HttpSecurity http) {
            return new ObjectPostProcessor<AbstractAuthenticationProcessingFilter>() {
                @Override
                public <O extends AbstractAuthenticationProcessingFilter> O postProcess(O filter) {
                    var signedIn = http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
                    if (signedIn == null) {
                        throw new IllegalStateException("Vaadin's sign-in success handler is missing: two-factor "
                                + "sign-in cannot be put in front of it");
                    }
                    filter.setAuthenticationSuccessHandler(secondStep.inFrontOf(signedIn));
                    return filter;
                }
            };
        }
    }
}
