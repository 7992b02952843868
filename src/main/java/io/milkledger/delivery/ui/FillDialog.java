package io.milkledger.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Litres;
import io.milkledger.base.ui.Notifications;
import io.milkledger.delivery.EntryNotFoundException;
import io.milkledger.delivery.FillPlan;
import io.milkledger.delivery.FillResult;
import io.milkledger.delivery.FillService;
import io.milkledger.delivery.UndoResult;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** Shows exactly which days a fill will create, creates them on confirmation, and offers to undo it. */
class FillDialog extends Dialog {

    final Paragraph preview = new Paragraph();
    final Button confirm = new Button();

    FillDialog(FillService fills, YearMonth month, Locale locale, Runnable afterChange) {
        FillPlan plan = fills.plan(month);
        setHeaderTitle("Fill " + month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, locale) + " "
                + month.getYear());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d", locale);
        if (plan.empty()) {
            preview.setText("Every usual day up to today is recorded already (days away are skipped). "
                    + "Nothing to fill.");
            confirm.setText("Nothing to fill");
            confirm.setEnabled(false);
        } else {
            preview.setText("Records " + Litres.format(plan.litres(), locale) + " on " + plan.days().size()
                    + " unrecorded days: " + plan.days().stream().map(day::format).collect(Collectors.joining(", "))
                    + ". Days away, days not on your usual schedule and days still to come are skipped.");
            confirm.setText("Fill " + plan.days().size() + " days");
        }
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                FillResult result = fills.fill(month);
                close();
                afterChange.run();
                offerUndo(fills, result, afterChange);
            } catch (InvalidInputException problem) {
                Notifications.problem(problem.getMessage());
                close();
                afterChange.run();
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(preview);
        getFooter().add(new HorizontalLayout(cancel, confirm));
        setMaxWidth("32rem");
    }

    private static void offerUndo(FillService fills, FillResult result, Runnable afterChange) {
        Notification done = new Notification();
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        done.setDuration(10_000);
        done.setPosition(Notification.Position.BOTTOM_START);
        Button undo = new Button("Undo", click -> {
            done.close();
            try {
                UndoResult undone = fills.undo(result.fillId());
                Notifications.saved("Fill undone: " + undone.removed() + " days removed"
                        + (undone.kept() > 0 ? ", " + undone.kept() + " corrected days kept." : "."));
            } catch (EntryNotFoundException alreadyUndone) {
                Notifications.problem("That fill was undone already.");
            }
            afterChange.run();
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        done.add(new HorizontalLayout(new Paragraph("Filled " + result.created() + " days."), undo));
        done.open();
    }
}
