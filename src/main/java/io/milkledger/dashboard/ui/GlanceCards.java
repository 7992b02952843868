package io.milkledger.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.milkledger.base.Litres;
import io.milkledger.base.MoneyFormat;
import io.milkledger.dashboard.Glance;

import java.util.Locale;

/** This month so far, its projection, last month and the year to date, as cards that reflow on a phone. */
class GlanceCards extends Div {

    final Span thisMonth = new Span();
    final Span projection = new Span();
    final Span lastMonth = new Span();
    final Span yearToDate = new Span();

    GlanceCards() {
        addClassName("glance");
    }

    void show(Glance glance, Locale locale) {
        removeAll();
        String currency = glance.currency();
        thisMonth.setText(MoneyFormat.format(glance.thisMonth().amount(), currency, locale));
        projection.setText(MoneyFormat.format(glance.projectedMonth(), currency, locale));
        lastMonth.setText(MoneyFormat.format(glance.lastMonth().amount(), currency, locale));
        yearToDate.setText(MoneyFormat.format(glance.yearToDateAmount(), currency, locale));
        add(card("this-month", "This month so far", thisMonth, Litres.format(glance.thisMonth().litres(), locale)
                        + " · " + glance.thisMonth().deliveryDays() + " delivery days"),
                card("projection", "Projected month end", projection,
                        "if the usual milk comes on the remaining days, at today's price"),
                card("last-month", "Last month", lastMonth, Litres.format(glance.lastMonth().litres(), locale)),
                card("year-to-date", "Year to date", yearToDate, Litres.format(glance.yearToDateLitres(), locale)));
    }

    private static Div card(String name, String label, Span value, String detail) {
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        value.addClassName("figure-value");
        Span small = new Span(detail);
        small.addClassName("figure-detail");
        Div card = new Div(caption, value, small);
        card.addClassNames("summary-figure", name);
        return card;
    }
}
