package io.milkledger.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.account.PasswordResetService;
import io.milkledger.base.PlainText;
import io.milkledger.base.ui.Fields;

/**
 * "Forgot your password?": asks for the email and mails it a link to choose a new password. Its fields are of the
 * kinds the sign-in page loads up front (a text field, not an email field or a form layout): the committed
 * production bundle loads other component types only with the views it was built with (decision 5).
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot your password? · Milk Ledger")
@AnonymousAllowed
class ForgotPasswordView extends Div {

    private final PasswordResetService resets;

    final TextField email = new TextField("Email");
    final Button send = new Button("Send me a link");
    final Paragraph answer = new Paragraph();

    ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("auth-page");

        H1 title = new H1("Forgot your password?");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        Paragraph explain = new Paragraph("Type the email you sign in with, and we will send it a link to choose "
                + "a new password.");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setAutocapitalize(Autocapitalize.NONE);
        email.setWidthFull();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> send());
        send.setWidthFull();
        send.addClassNames(LumoUtility.Margin.Top.MEDIUM);
        answer.setVisible(false);
        answer.addClassNames(LumoUtility.TextColor.SUCCESS);
        Paragraph signIn = new Paragraph("Remembered it? ");
        signIn.add(new RouterLink("Sign in", LoginView.class));

        Div card = new Div(title);
        if (resets.available()) {
            card.add(explain, email, send, answer);
        } else {
            card.add(new Paragraph("This Milk Ledger has no mail server, so it cannot send you a link. Ask "
                    + "whoever runs it to set one up."));
        }
        card.add(signIn);
        card.addClassName("auth-card");
        add(card);
    }

    private void send() {
        Fields.clearErrors(email);
        String typed = PlainText.strip(email.getValue());
        if (typed.isEmpty()) {
            Fields.showError(email, "Enter your email address.");
            return;
        }
        resets.requestReset(typed);
        // the same answer whether or not the email has an account
        answer.setText("If " + typed + " belongs to an account, a link to choose a new password is on its way. "
                + "It works for an hour. Nothing there after a few minutes? Look in your spam folder.");
        answer.setVisible(true);
    }
}
