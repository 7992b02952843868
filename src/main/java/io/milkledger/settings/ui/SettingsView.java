package io.milkledger.settings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.account.AccountService;
import io.milkledger.account.HouseholdSettings;
import io.milkledger.base.Currencies;
import io.milkledger.base.Dates;
import io.milkledger.base.Decimals;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.MoneyFormat;
import io.milkledger.base.ui.Fields;
import io.milkledger.base.ui.Notifications;
import io.milkledger.delivery.Price;
import io.milkledger.delivery.PriceService;
import io.milkledger.settings.SettingsChange;
import io.milkledger.settings.SettingsService;
import jakarta.annotation.security.PermitAll;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/** Currency, price per litre from a date on, usual daily quantity and time zone. */
@Route("settings")
@PageTitle("Settings · Milk Ledger")
@Menu(title = "Settings", order = 4, icon = "vaadin:cog")
@PermitAll
class SettingsView extends VerticalLayout {

    private final SettingsService settings;
    private final PriceService prices;
    private final AccountService accounts;
    private final Locale locale;

    final ComboBox<String> currency = new ComboBox<>("Currency");
    final BigDecimalField pricePerLitre = new BigDecimalField("Price per litre");
    final DatePicker effectiveFrom = new DatePicker("Effective from");
    final BigDecimalField usualLitres = new BigDecimalField("Usual daily litres");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    final CheckboxGroup<DayOfWeek> deliveryDays = new CheckboxGroup<>("Delivery days");
    final Button save = new Button("Save");
    final Grid<Price> history = new Grid<>();
    private final Span currencySymbol = new Span();

    SettingsView(SettingsService settings, PriceService prices, AccountService accounts) {
        this.settings = settings;
        this.prices = prices;
        this.accounts = accounts;
        UI ui = UI.getCurrent();
        this.locale = ui == null ? Locale.getDefault() : ui.getLocale();

        currency.setItems(Currencies.codes());
        currency.setItemLabelGenerator(code -> Currencies.label(code, locale));
        currency.setRequired(true);
        currency.setHelperText("Used for entries recorded from now on.");
        pricePerLitre.setRequiredIndicatorVisible(true);
        pricePerLitre.setPrefixComponent(currencySymbol);
        currency.addValueChangeListener(change -> currencySymbol.setText(
                change.getValue() == null ? "" : MoneyFormat.symbol(change.getValue(), locale)));
        pricePerLitre.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage("Enter a price like 52.50"));
        effectiveFrom.setRequiredIndicatorVisible(true);
        effectiveFrom.setAutoOpen(false);
        effectiveFrom.setLocale(locale);
        effectiveFrom.setHelperText("Entries before this day keep their price.");
        usualLitres.setHelperText("What a new entry starts with.");
        usualLitres.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage("Enter a number of litres, like 1.5"));
        deliveryDays.setItems(DayOfWeek.values());
        deliveryDays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, locale));
        deliveryDays.setHelperText("Filling a month and the month-end projection use these days.");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setRequired(true);
        timeZone.setHelperText("Decides which day is today.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        FormLayout form = new FormLayout(currency, timeZone, pricePerLitre, effectiveFrom, usualLitres, deliveryDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setMaxWidth("48em");

        history.addColumn(price -> price.fromTheBeginning() ? "From the start" : Dates.day(price.effectiveFrom()))
                .setHeader("From");
        history.addColumn(price -> MoneyFormat.formatPrice(price.perLitre(), price.currency(), locale))
                .setHeader("Price per litre");
        history.setAllRowsVisible(true);
        history.setMaxWidth("32em");

        H2 title = new H2("Settings");
        H3 pastPrices = new H3("Price history");
        Paragraph explain = new Paragraph("Each entry keeps the price it was recorded with.");
        explain.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(title, form, save, pastPrices, explain, history);
        load();
    }

    private void load() {
        HouseholdSettings household = accounts.settings();
        LocalDate today = accounts.today();
        currency.setValue(household.currency());
        timeZone.setValue(household.timeZone().getId());
        usualLitres.setValue(Decimals.plain(household.usualLitres()));
        deliveryDays.setValue(household.usualWeekdays());
        effectiveFrom.setValue(today);
        prices.priceOn(today).ifPresent(price -> pricePerLitre.setValue(price.perLitre()));
        history.setItems(prices.history());
    }

    private void save() {
        Fields.clearErrors(currency, pricePerLitre, effectiveFrom, usualLitres, timeZone);
        if (currency.isEmpty()) {
            Fields.showError(currency, "Choose a currency.");
            return;
        }
        var perLitre = Fields.number(pricePerLitre, "Enter the price of one litre, like 52.50");
        if (perLitre.isEmpty()) {
            return;
        }
        if (effectiveFrom.isInvalid() || effectiveFrom.getValue() == null) {
            Fields.showError(effectiveFrom, "Pick the first day the price applies to.");
            return;
        }
        var usual = Fields.number(usualLitres, "Enter a number of litres, like 1.5");
        if (usual.isEmpty()) {
            return;
        }
        if (timeZone.isEmpty()) {
            Fields.showError(timeZone, "Choose your time zone.");
            return;
        }
        try {
            Price price = settings.save(new SettingsChange(currency.getValue(), perLitre.get(),
                    effectiveFrom.getValue(), usual.get(), ZoneId.of(timeZone.getValue()), deliveryDays.getValue()));
            Notifications.saved("Saved. From " + Dates.day(effectiveFrom.getValue()) + " a litre costs "
                    + MoneyFormat.formatPrice(price.perLitre(), price.currency(), locale) + ".");
            history.setItems(prices.history());
        } catch (InvalidInputException problem) {
            switch (problem.field()) {
                case "currency" -> Fields.showError(currency, problem.getMessage());
                case "effectiveFrom" -> Fields.showError(effectiveFrom, problem.getMessage());
                case "usualLitres" -> Fields.showError(usualLitres, problem.getMessage());
                default -> Fields.showError(pricePerLitre, problem.getMessage());
            }
        }
    }
}
