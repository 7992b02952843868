package io.milkledger.base.ui;

import com.vaadin.flow.component.HasValidation;

/** Showing a service's verdict on an input next to the field it concerns. */
public final class Fields {

    private Fields() {
    }

    /** Marks the field invalid with a message saying what to do. */
    public static void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Clears earlier messages before a new attempt. */
    public static void clearErrors(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
    }
}
