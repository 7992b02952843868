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
import com.vaadin.flow.component.html.H2;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.milkledger.account.AccountService;
import io.milkledger.account.HouseholdSettings;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Litres;
import io.milkledger.base.MoneyFormat;
import io.milkledger.base.ui.Fields;
import io.milkledger.base.ui.Notifications;
import io.milkledger.delivery.EntryNotFoundException;
import io.milkledger.delivery.LedgerEntry;
import io.milkledger.delivery.LedgerService;
import io.milkledger.transfer.ExportService;
import io.milkledger.transfer.ImportService;
import io.milkledger.transfer.ui.ExportDialog;
import io.milkledger.transfer.ui.ImportDialog;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The month's ledger: add today's delivery, correct or delete any day, and see what the month costs. */
@Route("")
@PageTitle("Ledger · Milk Ledger")
@PermitAll
public class LedgerView extends VerticalLayout implements BeforeEnterObserver {

    private final LedgerService ledger;
    private final AccountService accounts;
    private final ExportService export;
    private final ImportService imports;
    private final Locale locale;

    final H2 monthTitle = new H2();
    final Button previousMonth = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button nextMonth = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Select<YearMonth> monthPicker = new Select<>();
    final Button exportLedger = new Button("Export", VaadinIcon.DOWNLOAD_ALT.create());
    final Button importCsv = new Button("Import CSV", VaadinIcon.UPLOAD_ALT.create());
    final MonthSummaryBar summary = new MonthSummaryBar();
    final DatePicker date = new DatePicker("Date");
    final BigDecimalField litres = new BigDecimalField("Litres");
    final TextField note = new TextField("Note");
    final Button add = new Button("Add");
    final Grid<LedgerEntry> grid = new Grid<>();
    final Paragraph emptyMonth = new Paragraph();
    final EntryEditor editor;

    private HouseholdSettings household;
    private YearMonth month;

    LedgerView(LedgerService ledger, AccountService accounts, ExportService export, ImportService imports) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.export = export;
        this.imports = imports;
        UI ui = UI.getCurrent();
        this.locale = ui == null ? Locale.getDefault() : ui.getLocale();
        this.household = accounts.settings();
        this.month = YearMonth.from(accounts.today());
        this.editor = new EntryEditor(grid, ledger, locale, this::refresh);

        setSizeFull();
        add(header(), summary, addRow(), emptyMonth, grid);
        configureGrid();
        emptyMonth.addClassName("empty-month");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearMonth current = YearMonth.from(accounts.today());
        var requested = event.getLocation().getQueryParameters().getSingleParameter("month");
        month = requested.flatMap(Months::parse)
                .filter(asked -> !asked.isAfter(current))
                .orElse(current);
        if (requested.isPresent() && !requested.get().equals(month.toString())) {
            Notifications.problem(Months.NOT_A_MONTH);
        }
        household = accounts.settings();
        resetAddRow();
        refresh();
    }

    private HorizontalLayout header() {
        previousMonth.setAriaLabel("Previous month");
        previousMonth.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previousMonth.addClickListener(click -> show(month.minusMonths(1)));
        nextMonth.setAriaLabel("Next month");
        nextMonth.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        nextMonth.addClickListener(click -> show(month.plusMonths(1)));
        monthPicker.setAriaLabel("Month");
        monthPicker.setItemLabelGenerator(this::monthName);
        monthPicker.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                show(change.getValue());
            }
        });
        monthTitle.addClassNames("month-title");
        exportLedger.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        exportLedger.addClickListener(click -> new ExportDialog(export, locale).open());
        importCsv.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importCsv.addClickListener(click -> new ImportDialog(imports, locale, this::refresh).open());
        HorizontalLayout header = new HorizontalLayout(previousMonth, monthTitle, nextMonth, monthPicker,
                exportLedger, importCsv);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        return header;
    }

    private Div addRow() {
        date.setRequiredIndicatorVisible(true);
        // typing a date should not cover the form with the calendar; the calendar button still opens it
        date.setAutoOpen(false);
        date.setMax(accounts.today());
        date.setMin(LedgerService.FIRST_DAY);
        date.setLocale(locale);
        litres.setRequiredIndicatorVisible(true);
        litres.setSuffixComponent(new com.vaadin.flow.component.html.Span("L"));
        litres.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage("Enter a number of litres, like 1.5"));
        note.setMaxLength(500);
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
            if (entryMonth.equals(month)) {
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
        UI.getCurrent().navigate(LedgerView.class,
                QueryParameters.simple(Map.of("month", newMonth.toString())));
    }

    private void refresh() {
        monthTitle.setText(monthName(month));
        nextMonth.setEnabled(month.isBefore(YearMonth.from(accounts.today())));
        monthPicker.setItems(selectableMonths());
        monthPicker.setValue(month);
        var totals = ledger.summary(month);
        summary.show(totals, household.currency(), locale);
        grid.setItems(query -> ledger.entries(month,
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("date"))).stream());
        boolean empty = totals.empty();
        grid.setVisible(!empty);
        emptyMonth.setVisible(empty);
        emptyMonth.setText("Nothing recorded for " + monthName(month) + " yet. Add a day above; "
                + "0 litres records a day without milk.");
    }

    private void resetAddRow() {
        LocalDate today = accounts.today();
        date.setMax(today);
        date.setValue(YearMonth.from(today).equals(month) ? today : month.atEndOfMonth());
        litres.setValue(household.usualLitres().stripTrailingZeros().scale() < 0
                ? household.usualLitres().setScale(0) : household.usualLitres().stripTrailingZeros());
    }

    private List<YearMonth> selectableMonths() {
        YearMonth current = YearMonth.from(accounts.today());
        YearMonth first = ledger.firstMonth();
        if (month.isBefore(first)) {
            first = month;
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = current; !m.isBefore(first); m = m.minusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private String monthName(YearMonth value) {
        return value.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + value.getYear();
    }
}
