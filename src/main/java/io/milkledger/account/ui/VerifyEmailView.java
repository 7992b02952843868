package io.milkledger.account.ui;

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
import io.milkledger.account.EmailLinkStatus;
import io.milkledger.account.EmailVerificationService;

/** Where the link in the sign-up mail leads: {@code verify-email?token=…} confirms the email. */
@Route(value = "verify-email", autoLayout = false)
@PageTitle("Confirm your email · Milk Ledger")
@AnonymousAllowed
class VerifyEmailView extends Div implements BeforeEnterObserver {

    private final EmailVerificationService verification;

    final H1 title = new H1();
    final Paragraph message = new Paragraph();

    VerifyEmailView(EmailVerificationService verification) {
        this.verification = verification;
        addClassName("auth-page");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        Paragraph signIn = new Paragraph(new RouterLink("Sign in", LoginView.class));
        Div card = new Div(title, message, signIn);
        card.addClassName("auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        EmailLinkStatus status = verification.confirm(token);
        title.setText(status == EmailLinkStatus.WORKS ? "Email confirmed" : "This link does not work");
        message.setText(switch (status) {
            case WORKS -> "Thank you: your email is confirmed. Sign in to start your ledger.";
            case ALREADY_USED -> "This link was already used, so your email is confirmed. Sign in to start your "
                    + "ledger.";
            case EXPIRED -> "This link has expired: links to confirm an email work for 24 hours. Sign in with your "
                    + "email and password, and the sign-in page offers to send you a new one.";
            case UNKNOWN -> "Check that you opened the whole link from the email. Signing in with your email and "
                    + "password offers to send you a new one.";
        });
        if (status == EmailLinkStatus.ALREADY_USED) {
            title.setText("Email already confirmed");
        }
    }
}
