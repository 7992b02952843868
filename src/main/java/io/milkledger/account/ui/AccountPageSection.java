package io.milkledger.account.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows on the household's account page, between the sign-in methods and deleting the
 * account, such as two-factor sign-in. Spring beans of this type are picked up by {@link AccountView}, lowest
 * order first, so the account package does not import the features that add to its page.
 */
public interface AccountPageSection {

    /** A new component for one visit of the account page, its heading included. */
    Component create();

    /** Where it goes among the sections: lower first. */
    default int order() {
        return 0;
    }
}
