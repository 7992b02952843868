package io.milkledger.admin.ui;

import io.milkledger.base.ui.Notifications;
import io.milkledger.security.CurrentUser;
import io.milkledger.twofactor.TwoFactorService;
import io.milkledger.twofactor.ui.TwoFactorSettingsView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Sends an admin whose session has not passed an authenticator code away from every page under {@code admin/}:
 * to set up two-factor sign-in when it is off, or to the dashboard with a word to sign in again when it is on but
 * this session signed in before. The admin services refuse such a session anyway ({@code security.AdminOnly});
 * this is so the admin learns why. Anyone who is not an admin is left to the views' own access rules.
 */
@Component
class AdminPagesNeedTwoFactor implements VaadinServiceInitListener {

    static final String ADMIN_PATH = "admin";

    private final TwoFactorService twoFactor;

    AdminPagesNeedTwoFactor(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        boolean adminPage = path.equals(ADMIN_PATH) || path.startsWith(ADMIN_PATH + "/");
        if (!adminPage || !CurrentUser.isAdmin() || CurrentUser.passedSecondFactor()) {
            return;
        }
        if (twoFactor.isEnabled()) {
            Notifications.problem("Admin pages need a sign-in with your authenticator code. Sign out, then sign "
                    + "in again.");
            event.forwardTo("dashboard");
        } else {
            Notifications.problem("Admin pages need two-factor sign-in. Set it up here, then open them again.");
            event.forwardTo(TwoFactorSettingsView.class);
        }
    }
}
