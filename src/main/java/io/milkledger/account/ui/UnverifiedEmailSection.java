package io.milkledger.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import io.milkledger.account.EmailVerificationService;

/**
 * When the password was right but the email is not confirmed ({@code /login?unverified}, from
 * {@code security.throttle.SignInFailureHandler}): says so, and offers to send a new link.
 */
@org.springframework.stereotype.Component
class UnverifiedEmailSection implements SignInPageSection {

    private final EmailVerificationService verification;

    UnverifiedEmailSection(EmailVerificationService verification) {
        this.verification = verification;
    }

    @Override
    public Component create() {
        return new ResendVerification(verification);
    }

    /** First under the form: it explains why signing in just did not work. */
    @Override
    public int order() {
        return -20;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event, Component created) {
        created.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("unverified"));
    }
}
