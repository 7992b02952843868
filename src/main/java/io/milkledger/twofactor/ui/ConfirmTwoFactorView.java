package io.milkledger.twofactor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.account.ui.LoginView;
import io.milkledger.twofactor.TwoFactorConfirmation;

/**
 * Where the link that confirms an enrolment leads: {@code two-factor/confirm?token=…}. Opening the page changes
 * nothing (mail programs open links to look at them); the button turns two-factor sign-in on.
 */
@Route(value = "two-factor/confirm", autoLayout = false)
@PageTitle("Confirm two-factor sign-in · Milk Ledger")
@AnonymousAllowed
public class ConfirmTwoFactorView extends Div implements BeforeEnterObserver {

    private final TwoFactorConfirmation confirmation;
    private String token = "";

    final H1 title = new H1("Turn on two-factor sign-in?");
    final Paragraph message = new Paragraph("Confirm that you set up two-factor sign-in for your Milk Ledger "
            + "account. Signing in will then ask for a code from your authenticator app after your password. If "
            + "this was not you, do not confirm: choose a new password instead.");
    final Button confirm = new Button("Turn on two-factor sign-in");
    final RouterLink next = new RouterLink("Two-factor sign-in", TwoFactorSettingsView.class);

    ConfirmTwoFactorView(TwoFactorConfirmation confirmation) {
        this.confirmation = confirmation;
        addClassName("auth-page");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirm());
        Paragraph signIn = new Paragraph(new RouterLink("Sign in", LoginView.class));
        Div card = new Div(title, message, confirm, new Paragraph(next), signIn);
        card.addClassName("auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }

    private void confirm() {
        confirm.setVisible(false);
        if (confirmation.confirm(token)) {
            title.setText("Two-factor sign-in is on");
            message.setText("From now on, signing in asks for a code from your authenticator app after your "
                    + "password.");
        } else {
            title.setText("This link does not work");
            message.setText("It was used already, it is more than an hour old, or a newer link replaced it. Set up "
                    + "two-factor sign-in again from your account page to get a new one.");
        }
    }
}
