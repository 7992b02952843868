package io.milkledger.delivery.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.milkledger.base.Litres;
import io.milkledger.base.MoneyFormat;
import io.milkledger.delivery.MonthSummary;

import java.util.Locale;
import java.util.stream.Collectors;

/** The month's amount, litres and delivery days above the ledger grid. */
class MonthSummaryBar extends Div {

    final Span amount = new Span();
    final Span litres = new Span();
    final Span deliveryDays = new Span();

    MonthSummaryBar() {
        addClassName("month-summary");
        add(figure("Amount", "amount", amount), figure("Litres", "litres", litres),
                figure("Delivery days", "delivery-days", deliveryDays));
    }

    void show(MonthSummary summary, String currency, Locale locale) {
        amount.setText(summary.amounts().isEmpty()
                ? MoneyFormat.format(java.math.BigDecimal.ZERO, currency, locale)
                : summary.amounts().stream()
                        .map(a -> MoneyFormat.format(a.value(), a.currency(), locale))
                        .collect(Collectors.joining(" + ")));
        litres.setText(Litres.format(summary.litres(), locale));
        deliveryDays.setText(String.valueOf(summary.deliveryDays()));
    }

    private static Div figure(String label, String name, Span value) {
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        value.addClassName("figure-value");
        Div figure = new Div(caption, value);
        figure.addClassNames("summary-figure", name);
        return figure;
    }
}
