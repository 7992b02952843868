package io.milkledger.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.account.EmailVerificationService;
import io.milkledger.base.ui.Fields;

/** Why signing in was refused, and a new link to confirm the email for whoever asks with it. */
class ResendVerification extends Div {

    static final String WHY = "Confirm your email first: we sent a link to your address when you signed up.";

    private final EmailVerificationService verification;

    final Paragraph why = new Paragraph(WHY);
    // a text field: the sign-in page loads it up front, an email field only comes with the sign-up page
    final TextField email = new TextField("Email");
    final Button resend = new Button("Resend verification email");
    final Paragraph answer = new Paragraph();

    ResendVerification(EmailVerificationService verification) {
        this.verification = verification;
        addClassName("resend-verification");
        why.addClassNames(LumoUtility.TextColor.ERROR);
        Paragraph lost = new Paragraph("Cannot find it? We can send a new one.");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setAutocapitalize(Autocapitalize.NONE);
        email.setWidthFull();
        resend.setWidthFull();
        resend.addClassNames(LumoUtility.Margin.Top.SMALL);
        resend.addClickListener(click -> resend());
        answer.setVisible(false);
        answer.addClassNames(LumoUtility.TextColor.SUCCESS);
        add(why, lost, email, resend, answer);
    }

    private void resend() {
        Fields.clearErrors(email);
        String typed = email.getValue().strip();
        if (typed.isEmpty()) {
            Fields.showError(email, "Enter the email you signed up with.");
            return;
        }
        verification.resend(typed);
        // the same answer whether or not the email has an account waiting, or was sent one a moment ago
        answer.setText("If " + typed + " belongs to an account waiting for confirmation, a new link is on its "
                + "way. Nothing there after a few minutes? Look in your spam folder.");
        answer.setVisible(true);
    }
}
