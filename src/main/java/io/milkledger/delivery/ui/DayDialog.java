package io.milkledger.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.ui.Fields;
import io.milkledger.base.ui.Notifications;
import io.milkledger.delivery.DeliveryNote;
import io.milkledger.delivery.EntryNotFoundException;
import io.milkledger.delivery.LedgerEntry;
import io.milkledger.delivery.LedgerService;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One day opened from the calendar: any quantity and a note, or delete the entry. */
class DayDialog extends Dialog {

    final BigDecimalField litres = new BigDecimalField("Litres");
    final TextField note = new TextField("Note");
    final Button save = new Button("Save");

    DayDialog(LedgerService ledger, LocalDate day, @Nullable LedgerEntry entry, BigDecimal usualLitres,
              Locale locale, Runnable afterChange) {
        setHeaderTitle(DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(day));
        litres.setLocale(locale);
        litres.setValue(entry == null ? usualLitres : entry.litres());
        litres.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage("Enter a number of litres, like 1.5"));
        litres.setHelperText("0 records a day without milk.");
        note.setMaxLength(DeliveryNote.MAX_LENGTH);
        note.setValue(entry == null || entry.note() == null ? "" : entry.note());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            Fields.clearErrors(litres, note);
            var quantity = Fields.number(litres, "Enter the litres; 0 records a day without milk.");
            if (quantity.isEmpty()) {
                return;
            }
            try {
                if (entry == null) {
                    ledger.record(day, quantity.get(), note.getValue());
                } else {
                    ledger.correct(entry.id(), entry.version(), quantity.get(), note.getValue());
                }
                close();
                afterChange.run();
            } catch (InvalidInputException problem) {
                Fields.showError("note".equals(problem.field()) ? note : litres, problem.getMessage());
            } catch (ObjectOptimisticLockingFailureException | EntryNotFoundException changedMeanwhile) {
                Notifications.problem("This day was changed in another window; open it again.");
                close();
                afterChange.run();
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(cancel, save);
        if (entry != null) {
            Button delete = new Button("Delete", click -> {
                try {
                    ledger.delete(entry.id());
                } catch (EntryNotFoundException gone) {
                    Notifications.problem("This day was deleted already.");
                }
                close();
                afterChange.run();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.addComponentAsFirst(delete);
        }
        add(new FormLayout(litres, note));
        getFooter().add(buttons);
        setMaxWidth("28rem");
    }
}
