package io.milkledger.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.milkledger.base.Dates;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.ui.Fields;
import io.milkledger.base.ui.Notifications;
import io.milkledger.delivery.AwayDays;
import io.milkledger.delivery.AwayService;
import io.milkledger.delivery.EntryNotFoundException;

import java.time.YearMonth;
import java.util.Locale;

/** Marks a stretch of days away, and lists (and ends) the stretches that touch the month. */
class AwayDialog extends Dialog {

    final DatePicker firstDay = new DatePicker("First day away");
    final DatePicker lastDay = new DatePicker("Last day away");
    final TextField note = new TextField("Note");
    final Button save = new Button("Mark away");
    private final Div current = new Div();
    private final AwayService away;
    private final YearMonth month;
    private final Runnable afterChange;

    AwayDialog(AwayService away, YearMonth month, Locale locale, Runnable afterChange) {
        this.away = away;
        this.month = month;
        this.afterChange = afterChange;
        setHeaderTitle("Days away");
        for (DatePicker picker : new DatePicker[] {firstDay, lastDay}) {
            picker.setLocale(locale);
            picker.setAutoOpen(false);
            picker.setRequiredIndicatorVisible(true);
        }
        note.setMaxLength(200);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new FormLayout(firstDay, lastDay, note), current);
        getFooter().add(new HorizontalLayout(close, save));
        setMaxWidth("32rem");
        listStretches();
    }

    private void save() {
        Fields.clearErrors(firstDay, lastDay, note);
        if (firstDay.getValue() == null) {
            Fields.showError(firstDay, "Pick the first day away.");
            return;
        }
        if (lastDay.getValue() == null) {
            Fields.showError(lastDay, "Pick the last day away.");
            return;
        }
        try {
            AwayDays marked = away.markAway(firstDay.getValue(), lastDay.getValue(), note.getValue());
            Notifications.saved("Away from " + Dates.day(marked.firstDay()) + " to " + Dates.day(marked.lastDay())
                    + ".");
            close();
            afterChange.run();
        } catch (InvalidInputException problem) {
            Fields.showError("note".equals(problem.field()) ? note : lastDay, problem.getMessage());
        }
    }

    private void listStretches() {
        current.removeAll();
        for (AwayDays stretch : away.overlapping(month.atDay(1), month.atEndOfMonth())) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                try {
                    away.remove(stretch.id());
                } catch (EntryNotFoundException gone) {
                    Notifications.problem("That stretch was removed already.");
                }
                listStretches();
                afterChange.run();
            });
            remove.setAriaLabel("No longer away " + Dates.day(stretch.firstDay()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            current.add(new Div(new Span(Dates.day(stretch.firstDay()) + " – " + Dates.day(stretch.lastDay())
                    + (stretch.note() == null ? "" : " (" + stretch.note() + ")")), remove));
        }
    }
}
