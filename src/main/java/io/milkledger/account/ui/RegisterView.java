package io.milkledger.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.account.EmailVerificationService;
import io.milkledger.account.PasswordPolicy;
import io.milkledger.account.Registration;
import io.milkledger.account.RegistrationException;
import io.milkledger.account.RegistrationService;
import io.milkledger.base.ui.Fields;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/** Sign up with name, email and password. */
@Route(value = "register", autoLayout = false)
@PageTitle("Create an account · Milk Ledger")
@AnonymousAllowed
class RegisterView extends Div {

    private final RegistrationService registrations;
    private final EmailVerificationService verification;
    private final Div card;

    final TextField name = new TextField("Name");
    final EmailField email = new EmailField("Email");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmPassword = new PasswordField("Confirm password");
    final Button createAccount = new Button("Create account");

    RegisterView(RegistrationService registrations, EmailVerificationService verification) {
        this.registrations = registrations;
        this.verification = verification;
        addClassName("auth-page");

        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirmPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.setHelperText(PasswordPolicy.HINT);
        createAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createAccount.addClickShortcut(Key.ENTER);
        createAccount.addClickListener(click -> register());
        createAccount.setWidthFull();

        H1 title = new H1("Create your ledger");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        FormLayout form = new FormLayout(name, email, password, confirmPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph signIn = new Paragraph("Already have an account? ");
        signIn.add(new RouterLink("Sign in", LoginView.class));

        card = new Div(title, form, createAccount, signIn);
        card.addClassName("auth-card");
        add(card);
    }

    private void register() {
        clearErrors();
        try {
            registrations.register(new Registration(name.getValue(), email.getValue(), password.getValue(),
                    confirmPassword.getValue(), browserTimeZone()));
            if (verification.required()) {
                showCheckYourEmail(email.getValue().strip());
            } else {
                UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(Map.of("registered", "")));
            }
        } catch (RegistrationException problem) {
            switch (problem.field()) {
                case "name" -> Fields.showError(name, problem.getMessage());
                case "email" -> Fields.showError(email, problem.getMessage());
                case "password" -> Fields.showError(password, problem.getMessage());
                default -> Fields.showError(confirmPassword, problem.getMessage());
            }
        }
    }

    /** The account waits for its email to be confirmed: the mail is on its way. */
    private void showCheckYourEmail(String address) {
        H1 title = new H1("Check your email");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        Paragraph sent = new Paragraph("We sent an email to " + address + ". Open the link in it to confirm "
                + "your address, then sign in. If the address has an account already, the email says how to get "
                + "back into it.");
        Paragraph spam = new Paragraph("It can take a few minutes to arrive; look in your spam folder too. The "
                + "link works for 24 hours.");
        spam.addClassNames(LumoUtility.TextColor.SECONDARY);
        card.removeAll();
        card.add(title, sent, spam, new Paragraph(new RouterLink("Sign in", LoginView.class)));
    }

    private void clearErrors() {
        Fields.clearErrors(name, email, password, confirmPassword);
    }

    private static ZoneId browserTimeZone() {
        try {
            var details = UI.getCurrent().getPage().getExtendedClientDetails();
            String zone = details == null ? null : details.getTimeZoneId();
            return zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone);
        } catch (DateTimeException | IllegalStateException unknownZone) {
            return ZoneId.of("UTC");
        }
    }
}
