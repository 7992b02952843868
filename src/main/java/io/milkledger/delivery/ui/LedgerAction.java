package io.milkledger.delivery.ui;

import com.vaadin.flow.component.Component;

import java.util.Locale;

/**
 * A button a feature adds to the ledger's header, such as Export or Import CSV. Spring beans of this type are
 * picked up by {@link LedgerView}, lowest order first, so the delivery package does not import the features that
 * act on its ledger.
 */
public interface LedgerAction {

    /**
     * A new component for one ledger view.
     *
     * @param locale      the locale of the browser, for dates and numbers
     * @param afterChange shows the month again, for an action that changed recorded days
     */
    Component create(Locale locale, Runnable afterChange);

    /** Where it goes among the actions: lower first. */
    default int order() {
        return 0;
    }
}
