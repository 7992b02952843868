package io.milkledger.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.account.EmailLinkStatus;
import io.milkledger.account.PasswordPolicy;
import io.milkledger.account.PasswordResetService;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.ui.Fields;

/** Where the link in the reset mail leads: {@code reset-password?token=…} sets a new password. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a new password · Milk Ledger")
@AnonymousAllowed
class ResetPasswordView extends Div implements BeforeEnterObserver {

    private final PasswordResetService resets;

    final H1 title = new H1("Choose a new password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField confirmPassword = new PasswordField("Confirm new password");
    final Button save = new Button("Save new password");
    final Paragraph message = new Paragraph();
    private final Div form;
    private final Paragraph next = new Paragraph();
    private String token = "";

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("auth-page");

        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setHelperText(PasswordPolicy.HINT + " Every device signed in to your account will be "
                + "signed out.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        save.setWidthFull();
        save.addClassNames(LumoUtility.Margin.Top.MEDIUM);
        // no form layout: the committed production bundle loads it only with the views it was built with
        newPassword.setWidthFull();
        confirmPassword.setWidthFull();
        form = new Div(newPassword, confirmPassword, save);
        message.setVisible(false);
        next.setVisible(false);

        Div card = new Div(title, message, form, next);
        card.addClassName("auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        EmailLinkStatus status = resets.linkStatus(token);
        if (status != EmailLinkStatus.WORKS) {
            showLinkProblem(status);
        }
    }

    private void save() {
        Fields.clearErrors(newPassword, confirmPassword);
        try {
            EmailLinkStatus status = resets.reset(token, newPassword.getValue(), confirmPassword.getValue());
            if (status == EmailLinkStatus.WORKS) {
                showDone();
            } else {
                showLinkProblem(status);
            }
        } catch (InvalidInputException problem) {
            Fields.showError(problem.field().equals("newPassword") ? newPassword : confirmPassword,
                    problem.getMessage());
        }
    }

    private void showDone() {
        title.setText("Password changed");
        show("Your new password is saved, and every device that was signed in to your account is signed out.",
                new RouterLink("Sign in", LoginView.class));
    }

    private void showLinkProblem(EmailLinkStatus status) {
        title.setText("This link does not work");
        show(switch (status) {
            case ALREADY_USED -> "This link was already used. If you still need a new password, ask for another "
                    + "link.";
            case EXPIRED -> "This link has expired: links to choose a new password work for an hour. Ask for a "
                    + "new one.";
            default -> "Check that you opened the whole link from the email, or ask for a new one.";
        }, new RouterLink("Send me a new link", ForgotPasswordView.class));
    }

    private void show(String text, RouterLink link) {
        form.setVisible(false);
        newPassword.clear();
        confirmPassword.clear();
        message.setText(text);
        message.setVisible(true);
        next.removeAll();
        next.add(link);
        next.setVisible(true);
    }
}
