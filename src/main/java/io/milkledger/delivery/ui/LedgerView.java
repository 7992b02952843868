package io.milkledger.delivery.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.milkledger.account.AccountService;
import io.milkledger.account.HouseholdSettings;
import io.milkledger.base.Decimals;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Litres;
import io.milkledger.base.MoneyFormat;
import io.milkledger.base.ui.Fields;
import io.milkledger.base.ui.Notifications;
import io.milkledger.delivery.DeliveryDate;
import io.milkledger.delivery.DeliveryNote;
import io.milkledger.delivery.EntryNotFoundException;
import io.milkledger.delivery.LedgerEntry;
import io.milkledger.delivery.LedgerService;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The month's ledger: add today's delivery, correct or delete any day, and see what the month costs. A month's
 * address is {@code /ledger/2026-11}; {@code /} and {@code /ledger} show the current month.
 */
@Route("")
@RouteAlias(LedgerView.BASE + "/" + Months.TEMPLATE)
@PageTitle("Ledger · Milk Ledger")
@Menu(title = "Ledger", order = 2, icon = "vaadin:book")
@PermitAll
public class LedgerView extends VerticalLayout implements BeforeEnterObserver {

    /** Where a month's ledger lives: {@code /ledger/2026-11}. */
    static final String BASE = "ledger";

    private final LedgerService ledger;
    private final AccountService accounts;
    private final List<LedgerAction> actions;
    private final Clock clock;
    private final Locale locale;

    final MonthNavigator months;
    final Select<YearMonth> monthPicker = new Select<>();
    final MonthSummaryBar summary = new MonthSummaryBar();
    final DatePicker date = new DatePicker("Date");
    final BigDecimalField litres = new BigDecimalField("Litres");
    final TextField note = new TextField("Note");
    final Button add = new Button("Add");
    final Grid<LedgerEntry> grid = new Grid<>();
    final Paragraph emptyMonth = new Paragraph();
    final EntryEditor editor;

    private @Nullable Visit visit;

    LedgerView(LedgerService ledger, AccountService accounts, List<LedgerAction> actions, Clock clock) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.actions = actions.stream().sorted(Comparator.comparingInt(LedgerAction::order)).toList();
        this.clock = clock;
        UI ui = UI.getCurrent();
        this.locale = ui == null ? Locale.getDefault() : ui.getLocale();
        this.months = new MonthNavigator(locale, this::show);
        this.editor = new EntryEditor(grid, ledger, locale, this::refresh);

        setSizeFull();
        add(header(), summary, addRow(), emptyMonth, grid);
        configureGrid();
        emptyMonth.addClassName("empty-month");
    }

    /**
     * What one navigation shows: the household's settings and today's date, read once, and the month. Held until
     * the next navigation, so that adding, correcting and importing do not read them again.
     */
    private record Visit(HouseholdSettings household, LocalDate today, YearMonth month) {

        YearMonth currentMonth() {
            return YearMonth.from(today);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        HouseholdSettings household = accounts.settings();
        LocalDate today = household.today(clock);
        Months.requested(event, BASE, YearMonth.from(today)).ifPresent(month -> {
            visit = new Visit(household, today, month);
            resetAddRow();
            refresh();
        });
    }

    private Visit visit() {
        return Objects.requireNonNull(visit, "the ledger is shown only after a navigation");
    }

    private HorizontalLayout header() {
        monthPicker.setAriaLabel("Month");
        monthPicker.setItemLabelGenerator(months::name);
        monthPicker.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                show(change.getValue());
            }
        });
        HorizontalLayout header = new HorizontalLayout(months, monthPicker);
        actions.forEach(action -> header.add(action.create(locale, this::refresh)));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        return header;
    }

    private Div addRow() {
        date.setRequiredIndicatorVisible(true);
        // typing a date should not cover the form with the calendar; the calendar button still opens it
        date.setAutoOpen(false);
        date.setMin(DeliveryDate.FIRST_DAY);
        date.setLocale(locale);
        litres.setRequiredIndicatorVisible(true);
        litres.setSuffixComponent(new com.vaadin.flow.component.html.Span("L"));
        litres.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage("Enter a number of litres, like 1.5"));
        note.setMaxLength(DeliveryNote.MAX_LENGTH);
        note.setClearButtonVisible(true);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        add.addClickListener(click -> record());
        Div row = new Div(date, litres, note, add);
        row.addClassName("add-delivery");
        return row;
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // a month has at most 31 rows: the page scrolls, not a box inside it
        grid.setAllRowsVisible(true);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        grid.addColumn(entry -> day.format(entry.date())).setHeader("Date").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(entry -> Litres.format(entry.litres(), locale)).setHeader("Litres")
                .setEditorComponent(editor.litres).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(entry -> MoneyFormat.formatPrice(entry.unitPrice(), entry.currency(), locale))
                .setHeader("Price").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(entry -> MoneyFormat.format(entry.amount(), entry.currency(), locale)).setHeader("Amount")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(entry -> entry.note() == null ? "" : entry.note()).setHeader("Note")
                .setEditorComponent(editor.note).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setEditorComponent(editor.actions).setHeader("")
                .setAutoWidth(true).setFlexGrow(0);
    }

    private HorizontalLayout actions(LedgerEntry entry) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> editor.edit(entry));
        edit.setAriaLabel("Edit " + entry.date());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(entry));
        delete.setAriaLabel("Delete " + entry.date());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    private void record() {
        Fields.clearErrors(date, litres, note);
        if (date.isInvalid() || date.getValue() == null) {
            Fields.showError(date, "Pick the day of the delivery.");
            return;
        }
        var quantity = Fields.number(litres, "Enter the litres; 0 records a day without milk.");
        if (quantity.isEmpty()) {
            return;
        }
        try {
            LedgerEntry entry = ledger.record(date.getValue(), quantity.get(), note.getValue());
            Notifications.saved("Recorded " + Litres.format(entry.litres(), locale) + " for "
                    + DateTimeFormatter.ofPattern("d MMM", locale).format(entry.date()) + ".");
            YearMonth entryMonth = YearMonth.from(entry.date());
            note.clear();
            if (entryMonth.equals(visit().month())) {
                refresh();
            } else {
                show(entryMonth);
            }
        } catch (InvalidInputException problem) {
            switch (problem.field()) {
                case "litres" -> Fields.showError(litres, problem.getMessage());
                case "note" -> Fields.showError(note, problem.getMessage());
                default -> Fields.showError(date, problem.getMessage());
            }
        }
    }

    private void confirmDelete(LedgerEntry entry) {
        String day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(entry.date());
        ConfirmDialog confirm = new ConfirmDialog("Delete " + day + "?",
                "The entry of " + Litres.format(entry.litres(), locale) + " will be removed. The day becomes "
                        + "unrecorded.", "Delete", click -> delete(entry));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.open();
    }

    private void delete(LedgerEntry entry) {
        try {
            ledger.delete(entry.id());
            Notifications.saved("Entry deleted.");
        } catch (EntryNotFoundException | ObjectOptimisticLockingFailureException gone) {
            Notifications.problem("That entry was already deleted.");
        }
        refresh();
    }

    private void show(YearMonth newMonth) {
        UI.getCurrent().navigate(Months.address(BASE, newMonth));
    }

    private void refresh() {
        YearMonth month = visit().month();
        months.show(month, visit().currentMonth());
        monthPicker.setItems(selectableMonths());
        monthPicker.setValue(month);
        var totals = ledger.summary(month);
        summary.show(totals, visit().household().currency(), locale);
        grid.setItems(query -> ledger.entries(month,
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("date"))).stream());
        boolean empty = totals.empty();
        grid.setVisible(!empty);
        emptyMonth.setVisible(empty);
        emptyMonth.setText("Nothing recorded for " + months.name(month) + " yet. Add a day above; "
                + "0 litres records a day without milk.");
    }

    private void resetAddRow() {
        LocalDate today = visit().today();
        YearMonth month = visit().month();
        date.setMax(today);
        date.setValue(visit().currentMonth().equals(month) ? today : month.atEndOfMonth());
        litres.setValue(Decimals.plain(visit().household().usualLitres()));
    }

    /** From the first recorded month (or the shown one, if earlier) to the current month, newest first. */
    private List<YearMonth> selectableMonths() {
        YearMonth current = visit().currentMonth();
        YearMonth shown = visit().month();
        YearMonth first = ledger.firstRecordedMonth().filter(recorded -> recorded.isBefore(shown)).orElse(shown);
        List<YearMonth> selectable = new ArrayList<>();
        for (YearMonth m = current; !m.isBefore(first); m = m.minusMonths(1)) {
            selectable.add(m);
        }
        return selectable;
    }
}
