package io.milkledger.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** Sign in with email and password. Spring Security checks the form; this view only shows it. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Milk Ledger")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView() {
        addClassName("auth-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());

        H1 title = new H1("Milk Ledger");
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.TextAlignment.CENTER);
        notice.setVisible(false);
        notice.addClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.TextAlignment.CENTER);

        Paragraph signUp = new Paragraph("New here? ");
        signUp.add(new RouterLink("Create an account", RegisterView.class));
        signUp.addClassNames(LumoUtility.TextAlignment.CENTER);

        Div card = new Div(title, notice, form, signUp);
        card.addClassName("auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        if (parameters.containsKey("registered")) {
            notice.setText("Your account is ready. Sign in to start your ledger.");
            notice.setVisible(true);
        }
    }

    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setPassword("Password");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Email or password is not right");
        i18n.getErrorMessage().setMessage("Check them and try again.");
        return i18n;
    }
}
