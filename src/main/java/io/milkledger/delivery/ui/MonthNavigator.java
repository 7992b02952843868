package io.milkledger.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Previous month, the month's name, next month and back to this month: the one month control of the ledger and the
 * calendar, with the bounds of {@link Months}.
 */
class MonthNavigator extends HorizontalLayout {

    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final H2 title = new H2();
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button thisMonth = new Button("This month");

    private final Locale locale;
    private YearMonth month = Months.FIRST;
    private YearMonth current = Months.FIRST;

    /**
     * @param go opens a month; the view navigates to that month's address
     */
    MonthNavigator(Locale locale, Consumer<YearMonth> go) {
        this.locale = locale;
        previous.setAriaLabel("Previous month");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(click -> go.accept(month.minusMonths(1)));
        next.setAriaLabel("Next month");
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(click -> go.accept(month.plusMonths(1)));
        thisMonth.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        thisMonth.addClickListener(click -> go.accept(current));
        title.addClassNames("month-title");
        add(previous, title, next, thisMonth);
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    /** Shows {@code month}; {@code current} is the household's current month, the last one that can be reached. */
    void show(YearMonth month, YearMonth current) {
        this.month = month;
        this.current = current;
        title.setText(name(month));
        previous.setEnabled(month.isAfter(Months.FIRST));
        next.setEnabled(month.isBefore(current));
        thisMonth.setVisible(!month.equals(current));
    }

    /** "November 2026", in the household's language. */
    String name(YearMonth value) {
        return value.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + value.getYear();
    }
}
