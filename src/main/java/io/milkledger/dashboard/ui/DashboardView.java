package io.milkledger.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.milkledger.base.Litres;
import io.milkledger.base.MoneyFormat;
import io.milkledger.dashboard.Dashboard;
import io.milkledger.dashboard.DashboardService;
import io.milkledger.dashboard.MonthChange;
import io.milkledger.delivery.MonthTotal;
import io.milkledger.delivery.WeekdayAverage;
import io.milkledger.delivery.ui.LedgerView;
import jakarta.annotation.security.PermitAll;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Spending at a glance, the trend of the last 12 or 24 months, month over month, and the weekday pattern. */
@Route("dashboard")
@PageTitle("Dashboard · Milk Ledger")
@Menu(title = "Dashboard", order = 1, icon = "vaadin:chart")
@PermitAll
public class DashboardView extends VerticalLayout {

    private final DashboardService dashboards;
    private final Locale locale;

    final GlanceCards glance = new GlanceCards();
    final RadioButtonGroup<Integer> period = new RadioButtonGroup<>("Period");
    final MilkChart trend = new MilkChart();
    final MilkChart weekdays = new MilkChart();
    final Grid<MonthChange> changes = new Grid<>();
    final Paragraph emptyState = new Paragraph();
    final Paragraph otherCurrencies = new Paragraph();
    private final Div content = new Div();
    private String currency = "INR";

    DashboardView(DashboardService dashboards) {
        this.dashboards = dashboards;
        UI ui = UI.getCurrent();
        this.locale = ui == null ? Locale.getDefault() : ui.getLocale();

        period.setItems(12, 24);
        period.setItemLabelGenerator(months -> months + " months");
        period.setValue(12);
        period.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(dashboards.load(change.getValue()));
            }
        });
        trend.setWidthFull();
        trend.setHeight("20rem");
        weekdays.setWidthFull();
        weekdays.setHeight("14rem");
        configureChanges();

        emptyState.addClassName("empty-month");
        emptyState.add("No deliveries recorded yet. Add today's on the ");
        emptyState.add(new RouterLink("Ledger", LedgerView.class));
        emptyState.add(" or fill a month on the calendar, and your trends appear here.");
        otherCurrencies.addClassName("figure-detail");

        content.addClassName("dashboard");
        content.setWidthFull();
        content.add(new H3("Spending trend"), period, trend, otherCurrencies, new H3("Month over month"), changes,
                new H3("Litres by weekday"), weekdays);
        add(new H2("Dashboard"), glance, emptyState, content);
        show(dashboards.load(12));
    }

    private void configureChanges() {
        changes.addColumn(change -> monthName(change.month().month())).setHeader("Month").setAutoWidth(true);
        changes.addColumn(change -> money(change.month().amount())).setHeader("Amount")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        changes.addColumn(change -> Litres.format(change.month().litres(), locale)).setHeader("Litres")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        changes.addColumn(change -> change.month().averagePrice()
                        .map(price -> MoneyFormat.format(price, currency, locale)).orElse("–"))
                .setHeader("Average price").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        changes.addColumn(this::explainChange).setHeader("Change").setFlexGrow(1);
        changes.setAllRowsVisible(true);
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    void show(Dashboard dashboard) {
        currency = dashboard.glance().currency();
        glance.show(dashboard.glance(), locale);
        boolean empty = dashboard.empty();
        emptyState.setVisible(empty);
        content.setVisible(!empty);
        otherCurrencies.setVisible(dashboard.otherCurrencies());
        otherCurrencies.setText("Entries recorded in another currency are not included in these figures.");
        List<MonthTotal> months = dashboard.months();
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        trend.show(months.stream().map(month -> label.format(month.month().atDay(1))).toList(), List.of(
                        new MilkChart.Series("Amount", MilkChart.Kind.BAR, MilkChart.Axis.MONEY,
                                months.stream().map(MonthTotal::amount).toList()),
                        new MilkChart.Series("Litres", MilkChart.Kind.LINE, MilkChart.Axis.LITRES,
                                months.stream().map(MonthTotal::litres).toList())),
                currency, locale, "Amount and litres per month, last " + months.size() + " months");
        changes.setItems(dashboard.changes());
        List<WeekdayAverage> week = dashboard.weekdays();
        weekdays.show(week.stream().map(day -> day.day().getDisplayName(TextStyle.SHORT, locale)).toList(),
                List.of(new MilkChart.Series("Average litres", MilkChart.Kind.BAR, MilkChart.Axis.LITRES,
                        week.stream().map(WeekdayAverage::litres).toList())),
                currency, locale, "Average litres by weekday");
    }

    /** "+₹120.00: +₹80.00 price, +₹40.00 more milk". */
    String explainChange(MonthChange change) {
        if (change.change().signum() == 0 && change.priceEffect().signum() == 0) {
            return "no change";
        }
        String quantity = change.quantityEffect().signum() >= 0 ? " more milk" : " less milk";
        return signed(change.change()) + ": " + signed(change.priceEffect()) + " price, "
                + signed(change.quantityEffect()) + quantity;
    }

    private String signed(BigDecimal amount) {
        return (amount.signum() >= 0 ? "+" : "−") + money(amount.abs());
    }

    private String money(BigDecimal amount) {
        return MoneyFormat.format(amount, currency, locale);
    }

    private String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }
}
