package io.milkledger.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.function.Predicate;

/**
 * Asks the admin to type the account's email before deleting it with everything it recorded; the button stays off
 * until the email is typed.
 */
class DeleteAccountDialog extends Dialog {

    final TextField confirmEmail = new TextField("Type the email to confirm");
    final Button delete = new Button("Delete account and data");

    /** @param deleteWith deletes with the typed email; true when it was deleted */
    DeleteAccountDialog(String email, Predicate<String> deleteWith) {
        setHeaderTitle("Delete " + email + "?");
        confirmEmail.setWidthFull();
        confirmEmail.setValueChangeMode(ValueChangeMode.EAGER);
        confirmEmail.addValueChangeListener(change -> delete.setEnabled(
                change.getValue().strip().equalsIgnoreCase(email)));
        add(new Paragraph("The account, every entry, price and setting it has are removed for good, and its "
                + "sessions end. The audit log keeps a line about it."), confirmEmail);
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        delete.addClickListener(click -> {
            if (deleteWith.test(confirmEmail.getValue())) {
                close();
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, delete);
        setWidth("min(32rem, 95vw)");
    }
}
