package io.milkledger.delivery.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.ui.Fields;
import io.milkledger.base.ui.Notifications;
import io.milkledger.delivery.DeliveryNote;
import io.milkledger.delivery.EntryNotFoundException;
import io.milkledger.delivery.LedgerEntry;
import io.milkledger.delivery.LedgerService;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.Locale;

/**
 * Corrects a day in place in the ledger grid: litres and note, saved with the version the household saw so a
 * change made meanwhile in another window is never overwritten.
 */
class EntryEditor {

    final BigDecimalField litres = new BigDecimalField();
    final TextField note = new TextField();
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    final HorizontalLayout actions = new HorizontalLayout(save, cancel);

    private final Editor<LedgerEntry> editor;
    private final LedgerService ledger;
    private final Runnable afterChange;
    private @Nullable LedgerEntry editing;

    EntryEditor(Grid<LedgerEntry> grid, LedgerService ledger, Locale locale, Runnable afterChange) {
        this.ledger = ledger;
        this.afterChange = afterChange;
        this.editor = grid.getEditor();
        // Records are read-only: the binder only opens the editor, the service stores the correction.
        editor.setBinder(new Binder<>());
        editor.setBuffered(true);

        litres.setAriaLabel("Litres");
        litres.setWidthFull();
        litres.setLocale(locale);
        litres.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage("Enter a number of litres, like 1.5"));
        note.setAriaLabel("Note");
        note.setMaxLength(DeliveryNote.MAX_LENGTH);
        note.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(click -> save());
        save.addClickShortcut(Key.ENTER).listenOn(litres, note);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancel.addClickListener(click -> close());
        cancel.addClickShortcut(Key.ESCAPE).listenOn(litres, note);
    }

    void edit(LedgerEntry entry) {
        if (editor.isOpen()) {
            editor.cancel();
        }
        editing = entry;
        Fields.clearErrors(litres, note);
        litres.setValue(entry.litres());
        note.setValue(entry.note() == null ? "" : entry.note());
        editor.editItem(entry);
        litres.focus();
    }

    boolean isOpen() {
        return editor.isOpen();
    }

    void save() {
        LedgerEntry entry = editing;
        if (entry == null) {
            return;
        }
        Fields.clearErrors(litres, note);
        var quantity = Fields.number(litres, "Enter the litres; 0 records a day without milk.");
        if (quantity.isEmpty()) {
            return;
        }
        try {
            ledger.correct(entry.id(), entry.version(), quantity.get(), note.getValue());
            Notifications.saved("Entry corrected.");
            close();
        } catch (InvalidInputException problem) {
            Fields.showError("note".equals(problem.field()) ? note : litres, problem.getMessage());
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            Notifications.problem("This day was changed in another window. The list now shows the latest; "
                    + "make your correction again.");
            close();
        } catch (EntryNotFoundException gone) {
            Notifications.problem("This day was deleted in another window.");
            close();
        }
    }

    private void close() {
        editing = null;
        editor.cancel();
        afterChange.run();
    }
}
