package io.milkledger.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.account.AccountService;
import io.milkledger.account.AccountSessions;
import io.milkledger.account.HouseholdSettings;
import io.milkledger.account.PasswordPolicy;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.ui.Fields;
import io.milkledger.base.ui.Notifications;
import jakarta.annotation.security.PermitAll;

import java.util.Comparator;
import java.util.List;

/** The household's own account: name, password, how they sign in, signing out everywhere, deleting everything. */
@Route("account")
@PageTitle("Account · Milk Ledger")
@Menu(title = "Account", order = 5, icon = "vaadin:user")
@PermitAll
public class AccountView extends VerticalLayout {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    final TextField name = new TextField("Name");
    final Button saveName = new Button("Save name");
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField confirmPassword = new PasswordField("Confirm new password");
    final Button changePassword = new Button("Change password");
    final UnorderedList signInMethods = new UnorderedList();
    final Button signOutEverywhere = new Button("Sign out everywhere");
    final TextField confirmEmail = new TextField("Type your email to confirm");
    final PasswordField deletePassword = new PasswordField("Your password again");
    final Button deleteAccount = new Button("Delete my account and all its data");

    AccountView(AccountService accounts, List<AccountPageSection> sections, AccountSessions sessions,
                AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        HouseholdSettings household = accounts.settings();

        name.setValue(household.displayName());
        name.setMaxLength(100);
        saveName.addClickListener(click -> saveName());
        newPassword.setHelperText(PasswordPolicy.HINT + " Your other signed-in devices will be signed out.");
        changePassword.addClickListener(click -> changePassword());
        accounts.signInMethods().forEach(method -> signInMethods.add(new ListItem(method)));
        signOutEverywhere.addClickListener(click -> {
            sessions.signOutEverywhere();
            // a whole page load, which finds this session ended too and lands on the sign-in page
            UI.getCurrent().getPage().setLocation("login");
        });
        Paragraph everywhere = new Paragraph("Signs out every phone, tablet and computer signed in to your account, "
                + "this one too: for a device you lost or signed in on somewhere else.");
        everywhere.addClassNames(LumoUtility.TextColor.SECONDARY);
        confirmEmail.setPlaceholder(household.email());
        boolean hasPassword = accounts.hasPassword();
        deletePassword.setVisible(hasPassword);
        if (!hasPassword) {
            confirmEmail.setHelperText("You sign in with Google or GitHub: deleting works within "
                    + AccountService.RECENT_SIGN_IN.toMinutes() + " minutes of signing in.");
        }
        deleteAccount.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        deleteAccount.addClickListener(click -> confirmDeletion());

        Paragraph email = new Paragraph("Signed in as " + household.email());
        email.addClassNames(LumoUtility.TextColor.SECONDARY);
        Paragraph warning = new Paragraph("Deleting removes your account, every delivery, price and setting. "
                + "It cannot be undone; export your data first if you want to keep it.");
        warning.addClassNames(LumoUtility.TextColor.SECONDARY);
        FormLayout passwords = new FormLayout(currentPassword, newPassword, confirmPassword);
        passwords.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(new H2("Account"), email, name, saveName, new H3("Password"), passwords, changePassword,
                new H3("Sign-in methods"), signInMethods);
        sections.stream().sorted(Comparator.comparingInt(AccountPageSection::order))
                .forEach(section -> add(section.create()));
        add(new H3("Signed-in devices"), everywhere, signOutEverywhere,
                new H3("Delete account"), warning, confirmEmail, deletePassword,
                deleteAccount);
        setMaxWidth("56rem");
    }

    private void saveName() {
        Fields.clearErrors(name);
        try {
            accounts.rename(name.getValue());
            Notifications.saved("Name saved.");
        } catch (InvalidInputException problem) {
            Fields.showError(name, problem.getMessage());
        }
    }

    private void changePassword() {
        Fields.clearErrors(currentPassword, newPassword, confirmPassword);
        try {
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue(), confirmPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            confirmPassword.clear();
            Notifications.saved("Password changed. Your other devices are signed out.");
        } catch (InvalidInputException problem) {
            switch (problem.field()) {
                case "currentPassword" -> Fields.showError(currentPassword, problem.getMessage());
                case "newPassword" -> Fields.showError(newPassword, problem.getMessage());
                default -> Fields.showError(confirmPassword, problem.getMessage());
            }
        }
    }

    private void confirmDeletion() {
        Fields.clearErrors(confirmEmail, deletePassword);
        ConfirmDialog confirm = new ConfirmDialog("Delete your account?",
                "Every delivery, price and setting goes with it. This cannot be undone.", "Delete everything",
                click -> delete());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void delete() {
        try {
            accounts.deleteAccount(confirmEmail.getValue(), deletePassword.getValue());
            authentication.logout();
        } catch (InvalidInputException problem) {
            Fields.showError(problem.field().equals("deletePassword") ? deletePassword : confirmEmail,
                    problem.getMessage());
        }
    }
}
