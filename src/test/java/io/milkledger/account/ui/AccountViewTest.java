package io.milkledger.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.account.AccountService;
import io.milkledger.account.AccountSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AccountViewTest extends SpringBrowserlessTest {

    @Autowired
    Households households;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountSessions sessions;

    private AccountView view;

    @BeforeEach
    void openAccount() {
        households.registerAndSignIn("Nila");
        view = navigate(AccountView.class);
    }

    @Test
    void the_page_shows_the_name_and_how_the_household_signs_in() {
        assertThat(view.name.getValue()).isEqualTo("Nila");
        assertThat(view.signInMethods.getChildren()).hasSize(1);
    }

    @Test
    void a_new_name_is_saved_and_a_blank_one_refused() {
        test(view.name).setValue("Nila Menon");
        test(view.saveName).click();
        assertThat(accounts.settings().displayName()).isEqualTo("Nila Menon");

        test(view.name).setValue("  ");
        test(view.saveName).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(accounts.settings().displayName()).isEqualTo("Nila Menon");
    }

    @Test
    void a_wrong_current_password_is_refused_at_its_field() {
        test(view.currentPassword).setValue("not the password");
        test(view.newPassword).setValue("another long password");
        test(view.confirmPassword).setValue("another long password");
        test(view.changePassword).click();

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("That is not your current password.");
    }

    @Test
    void signing_out_everywhere_ends_every_session_of_the_household_from_now_on() {
        long id = households.id(accounts.settings().email());
        assertThat(sessions.validFrom(id)).isEmpty();

        test(view.signOutEverywhere).click();

        assertThat(sessions.validFrom(id)).isPresent();
    }

    @Test
    void deletion_with_a_wrong_password_is_refused_at_its_field_and_keeps_the_account() {
        test(view.confirmEmail).setValue(accounts.settings().email());
        test(view.deletePassword).setValue("not the password");
        test(view.deleteAccount).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(view.deletePassword.isInvalid()).isTrue();
        assertThat(view.deletePassword.getErrorMessage()).isEqualTo("That is not your password.");
        assertThat(accounts.settings().displayName()).isEqualTo("Nila");
    }

    @Test
    void deletion_with_the_wrong_email_keeps_the_account() {
        test(view.confirmEmail).setValue("someone.else@example.com");
        test(view.deleteAccount).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(view.confirmEmail.isInvalid()).isTrue();
        assertThat(accounts.settings().displayName()).isEqualTo("Nila");
    }
}
