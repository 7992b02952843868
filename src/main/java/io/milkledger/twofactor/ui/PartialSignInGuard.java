package io.milkledger.twofactor.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.milkledger.twofactor.TwoFactorSignIn;
import org.springframework.stereotype.Component;

/**
 * Keeps a session that passed the password but not the code on the pages that need no sign-in. Vaadin's own
 * check would let it into every {@code @PermitAll} view, as it only asks whether there is a principal; the
 * services would refuse it anyway, but the household should see the code prompt, not an error.
 */
@Component
class PartialSignInGuard implements VaadinServiceInitListener {

    private final TwoFactorSignIn signIn;

    PartialSignInGuard(TwoFactorSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (!event.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class) && signIn.unfinished()) {
            event.forwardTo(TwoFactorView.class);
        }
    }
}
