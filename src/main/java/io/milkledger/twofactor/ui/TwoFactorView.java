package io.milkledger.twofactor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.account.ui.LoginView;
import io.milkledger.base.ui.Fields;
import io.milkledger.twofactor.SignInExpiredException;
import io.milkledger.twofactor.TooManyWrongCodesException;
import io.milkledger.twofactor.TwoFactorSignIn;
import io.milkledger.twofactor.WrongCodeException;

import java.util.Map;

/**
 * The second step of signing in, after the password, for accounts with two-factor sign-in on: a code from the
 * authenticator app, or a recovery code. Open to anyone, since the session is not signed in yet; without a
 * sign-in waiting for its code it sends the visitor to the sign-in page.
 */
@Route(value = "two-factor", autoLayout = false)
@PageTitle("Two-factor sign-in · Milk Ledger")
@AnonymousAllowed
public class TwoFactorView extends Div implements BeforeEnterObserver {

    /** The sign-in page's parameter that makes {@link UnfinishedSignInNotice} say why the password is asked again. */
    static final String EXPIRED = "two-factor-expired";

    private final TwoFactorSignIn secondStep;
    private final AuthenticationContext authentication;

    final Paragraph who = new Paragraph();
    final Paragraph instructions = new Paragraph();
    final TextField code = new TextField("Code from your authenticator app");
    final TextField recoveryCode = new TextField("Recovery code");
    final Button signIn = new Button("Sign in");
    final Button useRecoveryCode = new Button("Use a recovery code");
    final Button useApp = new Button("Use your authenticator app");
    final Button cancel = new Button("Cancel and sign out");

    TwoFactorView(TwoFactorSignIn secondStep, AuthenticationContext authentication) {
        this.secondStep = secondStep;
        this.authentication = authentication;
        addClassName("auth-page");

        H1 title = new H1("Milk Ledger");
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.TextAlignment.CENTER);
        who.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.TextAlignment.CENTER);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAllowedCharPattern("[0-9 ]");
        code.setMaxLength(7);
        code.setWidthFull();
        recoveryCode.getElement().setAttribute("autocomplete", "off");
        recoveryCode.setPlaceholder("xxxx-xxxx-xxxx-xxxx");
        recoveryCode.setWidthFull();
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.addClickListener(click -> signIn());
        signIn.setWidthFull();
        for (Button other : new Button[] {useRecoveryCode, useApp, cancel}) {
            other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            other.setWidthFull();
        }
        useRecoveryCode.addClickListener(click -> useRecoveryCode(true));
        useApp.addClickListener(click -> useRecoveryCode(false));
        cancel.addClickListener(click -> authentication.logout());
        useRecoveryCode(false);

        Div card = new Div(title, who, instructions, code, recoveryCode, signIn, useRecoveryCode, useApp, cancel);
        card.addClassName("auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var email = secondStep.awaitingCode();
        if (email.isPresent()) {
            who.setText("Signing in as " + email.get());
        } else if (secondStep.abandon()) {
            event.forwardTo(LoginView.class, QueryParameters.simple(Map.of(EXPIRED, "")));
        } else {
            event.forwardTo(LoginView.class);
        }
    }

    private void useRecoveryCode(boolean recovery) {
        Fields.clearErrors(code, recoveryCode);
        code.setVisible(!recovery);
        useRecoveryCode.setVisible(!recovery);
        recoveryCode.setVisible(recovery);
        useApp.setVisible(recovery);
        instructions.setText(recovery
                ? "Type one of the recovery codes you saved when you set up two-factor sign-in. Each works once."
                : "Open your authenticator app and type the 6-digit code it shows for Milk Ledger.");
        (recovery ? recoveryCode : code).focus();
    }

    private void signIn() {
        boolean recovery = recoveryCode.isVisible();
        TextField field = recovery ? recoveryCode : code;
        Fields.clearErrors(code, recoveryCode);
        try {
            String next = recovery ? secondStep.finishWithRecoveryCode(field.getValue())
                    : secondStep.finish(field.getValue());
            // a whole page load: the session id changed, and the app's pages need the full sign-in
            UI.getCurrent().getPage().setLocation(next);
        } catch (WrongCodeException wrong) {
            field.clear();
            Fields.showError(field, wrong.getMessage());
        } catch (TooManyWrongCodesException tooMany) {
            Fields.showError(field, tooMany.getMessage());
        } catch (SignInExpiredException expired) {
            secondStep.abandon();
            UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(Map.of(EXPIRED, "")));
        }
    }
}
