package io.milkledger.twofactor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import io.milkledger.account.ui.AccountPageSection;
import io.milkledger.twofactor.TwoFactorService;

/** Two-factor sign-in on the account page: whether it is on, and the way to set it up or manage it. */
@org.springframework.stereotype.Component
class TwoFactorAccountSection implements AccountPageSection {

    private final TwoFactorService twoFactor;

    TwoFactorAccountSection(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    public Component create() {
        boolean on = twoFactor.isEnabled();
        Paragraph status = new Paragraph(on
                ? "On: after your password, signing in asks for a code from your authenticator app."
                : "Off: signing in needs only your password.");
        RouterLink settings = new RouterLink(on ? "Manage two-factor sign-in" : "Set up two-factor sign-in",
                TwoFactorSettingsView.class);
        return new Div(new H3("Two-factor sign-in"), status, settings);
    }
}
