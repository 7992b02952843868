package io.milkledger.admin.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.contextmenu.MenuItem;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.admin.UserSummary;
import io.milkledger.twofactor.ui.TwoFactorSettingsView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    Households households;
    @Autowired
    JdbcClient jdbc;

    String tag;
    String household;
    String admin;
    UsersView view;

    @BeforeEach
    void openUsers() {
        tag = "u" + UUID.randomUUID().toString().substring(0, 8);
        household = households.register("Meera " + tag, ZoneId.of("Asia/Kolkata"));
        admin = households.register("Admin " + tag, ZoneId.of("Asia/Kolkata"));
        households.signInAsAdmin(admin);
        view = navigate(UsersView.class);
        test(view.search).setValue(tag);
    }

    @Test
    void search_lists_the_matching_accounts_with_counts_and_the_admins_own_row_has_no_actions() {
        assertThat(test(view.grid).size()).isEqualTo(2);
        int own = row(admin);
        assertThat(test(view.grid).getCellComponent(own, "actions")).isInstanceOfSatisfying(Span.class,
                you -> assertThat(you.getText()).isEqualTo("You"));
        int other = row(household);
        assertThat(test(view.grid).getCellComponent(other, "actions")).isInstanceOf(MenuBar.class);
        assertThat(test(view.grid).getCellText(other, test(view.grid).getColumnPosition("entries")))
                .isEqualTo("0");
    }

    @Test
    void filters_narrow_the_grid() {
        jdbc.sql("update users set enabled = false where email = ?").param(household).update();
        test(view.enabled).selectItem("Disabled");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).email()).isEqualTo(household);

        test(view.enabled).selectItem("Any");
        test(view.admin).selectItem("Admins");
        assertThat(test(view.grid).getRow(0).email()).isEqualTo(admin);
    }

    @Test
    void disabling_asks_first_then_disables_and_the_row_says_so() {
        click(household, "Disable…");
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(jdbc.sql("select enabled from users where email = ?").param(household).query(Boolean.class)
                .single()).isFalse();
        assertThat(test(view.grid).getRow(row(household)).enabled()).isFalse();

        click(household, "Enable");
        assertThat(test(view.grid).getRow(row(household)).enabled()).isTrue();
    }

    @Test
    void making_an_admin_and_revoking_it_shows_in_the_grid() {
        click(household, "Make admin");
        assertThat(test(view.grid).getRow(row(household)).admin()).isTrue();

        click(household, "Revoke admin…");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(test(view.grid).getRow(row(household)).admin()).isFalse();
    }

    @Test
    void deleting_needs_the_email_typed_and_then_removes_the_row() {
        click(household, "Delete account…");
        DeleteAccountDialog dialog = $(DeleteAccountDialog.class).single();
        assertThat(dialog.delete.isEnabled()).isFalse();

        test(dialog.confirmEmail).setValue("not the email");
        assertThat(dialog.delete.isEnabled()).isFalse();
        test(dialog.confirmEmail).setValue(household);
        test(dialog.delete).click();

        assertThat(jdbc.sql("select count(*) from users where email = ?").param(household).query(Long.class)
                .single()).isZero();
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void a_refused_action_is_explained_and_changes_nothing() {
        jdbc.sql("update users set enabled = false where email = ?").param(household).update();
        view.grid.getDataProvider().refreshAll();

        click(household, "Send password reset email");

        assertThat($(Notification.class).all()).extracting(notification -> test(notification).getText())
                .anyMatch(text -> text.contains("is disabled; enable it first"));
        assertThat(jdbc.sql("select count(*) from email_tokens t join users u on u.id = t.user_id "
                + "where u.email = ? and t.purpose = 'RESET'").param(household).query(Long.class).single()).isZero();
    }

    @Test
    void a_household_that_is_not_an_admin_cannot_open_the_page() {
        households.signIn(household);
        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }

    @Test
    void an_admin_without_two_factor_sign_in_is_sent_to_set_it_up_first() {
        households.signIn(admin);
        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isInstanceOf(TwoFactorSettingsView.class);
    }

    private int row(String email) {
        List<UserSummary> rows = java.util.stream.IntStream.range(0, test(view.grid).size())
                .mapToObj(test(view.grid)::getRow).toList();
        for (int index = 0; index < rows.size(); index++) {
            if (rows.get(index).email().equals(email)) {
                return index;
            }
        }
        throw new AssertionError(email + " is not in the grid");
    }

    private void click(String email, String action) {
        MenuBar bar = (MenuBar) test(view.grid).getCellComponent(row(email), "actions");
        List<MenuItem> items = bar.getItems().getFirst().getSubMenu().getItems();
        int index = items.stream().map(MenuItem::getText).toList().indexOf(action);
        assertThat(index).as(action + " in the menu").isNotNegative();
        new MenuBarTester<>(bar).clickItem(0, index);
    }
}
