package io.milkledger.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * Something a feature shows on the sign-in page below the form, such as "Forgot your password?" or a
 * "Sign in with Google" button. Spring beans of this type are picked up by {@link LoginView}, lowest order first.
 */
public interface SignInPageSection {

    /** A new component for one visit of the sign-in page. */
    Component create();

    /** Where it goes among the sections: lower first. */
    default int order() {
        return 0;
    }

    /** Reacts to the sign-in page's query parameters, such as {@code ?unverified}; nothing by default. */
    default void beforeEnter(BeforeEnterEvent event, Component created) {
    }
}
