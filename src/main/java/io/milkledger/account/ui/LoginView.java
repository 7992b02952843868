package io.milkledger.account.ui;

import com.vaadin.flow.component.Component;
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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Sign in with email and password. Spring Security checks the form; this view only shows it. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Milk Ledger")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    private final List<SignInPageSection> sections;
    private final List<Component> sectionComponents = new ArrayList<>();

    LoginView(List<SignInPageSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(SignInPageSection::order)).toList();
        addClassName("auth-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        H1 title = new H1("Milk Ledger");
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.TextAlignment.CENTER);
        notice.setVisible(false);
        notice.addClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.TextAlignment.CENTER);

        Paragraph signUp = new Paragraph("New here? ");
        signUp.add(new RouterLink("Create an account", RegisterView.class));
        signUp.addClassNames(LumoUtility.TextAlignment.CENTER);

        Div card = new Div(title, notice, form);
        for (SignInPageSection section : this.sections) {
            Component component = section.create();
            sectionComponents.add(component);
            card.add(component);
        }
        card.add(signUp);
        card.addClassName("auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).beforeEnter(event, sectionComponents.get(i));
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // per visit, because a throttled one replaces the error message
        form.setI18n(texts());
        form.setError(parameters.containsKey("error"));
        // set by security.throttle.SignInFailureHandler when too many sign-ins failed
        waitSeconds(parameters.getOrDefault("locked", List.of())).ifPresent(seconds -> form.showErrorMessage(
                parameters.containsKey("network") ? "Too many failed sign-ins from your network"
                        : "Too many failed sign-ins for this email",
                tryAgainIn(seconds)));
        // set by security.throttle.SignInFailureHandler after the right password for a disabled account
        if (parameters.containsKey("disabled")) {
            form.showErrorMessage("This account is disabled",
                    "Ask the person who runs this Milk Ledger to enable it again.");
        }
        if (parameters.containsKey("registered")) {
            notice.setText("Your account is ready. Sign in to start your ledger.");
            notice.setVisible(true);
        }
    }

    /** Seconds from the address, within an hour, so an edited link cannot make the page say odd things. */
    private static Optional<Long> waitSeconds(List<String> values) {
        try {
            return values.stream().findFirst().map(Long::parseLong).map(seconds -> Math.clamp(seconds, 1L, 3600L));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    /** Whole minutes from a minute on, rounded up, so people never come back too early. */
    static String tryAgainIn(long seconds) {
        if (seconds < 60) {
            return "Try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
        }
        long minutes = (seconds + 59) / 60;
        return "Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
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
