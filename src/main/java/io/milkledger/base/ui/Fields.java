package io.milkledger.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;

import java.math.BigDecimal;
import java.util.Optional;

/** Showing a verdict on an input next to the field it concerns. */
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

    /**
     * The number typed into the field, or empty after showing why there is none: text that is not a number
     * gets the field's bad-input message, an empty field the given message.
     */
    public static Optional<BigDecimal> number(BigDecimalField field, String whenEmpty) {
        ValidationResult verdict = field.getDefaultValidator().apply(field.getValue(), new ValueContext(field));
        if (verdict.isError()) {
            showError(field, verdict.getErrorMessage());
            return Optional.empty();
        }
        BigDecimal value = field.getValue();
        if (value == null) {
            showError(field, whenEmpty);
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
