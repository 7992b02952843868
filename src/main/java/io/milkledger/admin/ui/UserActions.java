package io.milkledger.admin.ui;

import io.milkledger.account.AccountAdministration;
import io.milkledger.account.AdminActionRefusedException;
import io.milkledger.admin.SignInMethod;
import io.milkledger.admin.UserSummary;
import io.milkledger.base.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The actions menu of a row in the users view. Actions that lock someone out or remove something ask first; every
 * answer of the service, done or refused, is said in a notification, and the grid is refreshed.
 */
class UserActions {

    private final AccountAdministration administration;
    private final Runnable refresh;

    UserActions(AccountAdministration administration, Runnable refresh) {
        this.administration = administration;
        this.refresh = refresh;
    }

    Component menu(UserSummary user) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        var root = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel("Actions for " + user.email());
        SubMenu menu = root.getSubMenu();
        if (user.enabled()) {
            menu.addItem("Disable…", click -> confirmDisable(user));
        } else {
            menu.addItem("Enable", click -> run(() -> administration.enable(user.id()),
                    user.email() + " can sign in again."));
        }
        if (!user.verified()) {
            menu.addItem("Mark email confirmed", click -> run(() -> administration.markEmailVerified(user.id()),
                    user.email() + " is confirmed."));
            menu.addItem("Resend confirmation email", click -> run(
                    () -> administration.resendVerification(user.id()), "A new link is on its way to "
                            + user.email() + "."));
        }
        if (user.signInMethods().contains(SignInMethod.PASSWORD)) {
            menu.addItem("Send password reset email", click -> run(
                    () -> administration.sendPasswordReset(user.id()), "A password reset link is on its way to "
                            + user.email() + "."));
        }
        if (user.admin()) {
            menu.addItem("Revoke admin…", click -> confirmRevoke(user));
        } else {
            menu.addItem("Make admin", click -> run(() -> administration.grantAdmin(user.id()),
                    user.email() + " is an admin from their next sign-in."));
        }
        menu.addItem("Delete account…", click -> new DeleteAccountDialog(user.email(),
                typed -> run(() -> administration.delete(user.id(), typed), user.email() + " and all its data "
                        + "are deleted.")).open());
        return bar;
    }

    private void confirmDisable(UserSummary user) {
        var confirm = new ConfirmDialog("Disable " + user.email() + "?", "They are signed out at once and "
                + "cannot sign in until an admin enables the account again. Nothing they recorded is removed.",
                "Disable", click -> run(() -> administration.disable(user.id()), user.email() + " is disabled."));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void confirmRevoke(UserSummary user) {
        var confirm = new ConfirmDialog("Revoke admin from " + user.email() + "?", "They are signed out at once "
                + "and sign in again as a household without the admin pages.", "Revoke admin",
                click -> run(() -> administration.revokeAdmin(user.id()), user.email() + " is no longer an admin."));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    /** Runs the action; true when it was done. */
    private boolean run(Runnable action, String done) {
        try {
            action.run();
            Notifications.saved(done);
            return true;
        } catch (AdminActionRefusedException refused) {
            Notifications.problem(refused.getMessage());
            return false;
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            Notifications.problem("The account changed at the same moment (its owner saved something). Nothing "
                    + "was done; try again.");
            return false;
        } finally {
            refresh.run();
        }
    }
}
