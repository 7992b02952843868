package io.milkledger.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.milkledger.base.Litres;
import io.milkledger.delivery.LedgerEntry;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** One day of the calendar: its litres, whether it is today, away or still to come. */
class DayTile extends Div {

    final LocalDate day;
    final NativeButton toggle;
    final Button open;

    DayTile(LocalDate day, @Nullable LedgerEntry entry, boolean today, boolean future, boolean away,
            Locale locale) {
        this.day = day;
        addClassName("day-tile");
        if (today) {
            addClassName("today");
        }
        if (future) {
            addClassName("future");
        }
        if (away) {
            addClassName("away");
        }
        String quantity;
        if (entry != null) {
            addClassName(entry.delivered() ? "delivered" : "no-delivery");
            quantity = Litres.format(entry.litres(), locale);
        } else {
            // a day away without an entry is a day without milk
            quantity = away ? Litres.format(BigDecimal.ZERO, locale) + " · away" : "–";
        }
        Span number = new Span(String.valueOf(day.getDayOfMonth()));
        number.addClassName("day-number");
        Span litres = new Span(quantity);
        litres.addClassName("day-litres");
        // a native button, because a day shows two lines and Vaadin's Button holds only text and an icon
        toggle = new NativeButton();
        toggle.add(number, litres);
        toggle.addClassName("day-toggle");
        toggle.getElement().setAttribute("aria-label",
                day.getDayOfMonth() + ": " + quantity + (future ? "" : ", tap to switch"));
        open = new Button(VaadinIcon.ELLIPSIS_DOTS_H.create());
        open.addClassName("day-open");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        open.setAriaLabel("Open " + day);
        toggle.setEnabled(!future);
        open.setEnabled(!future);
        add(toggle, open);
    }
}
