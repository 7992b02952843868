package io.milkledger.delivery.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Route;
import io.milkledger.account.AccountService;
import io.milkledger.account.HouseholdSettings;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.ui.Notifications;
import io.milkledger.delivery.AwayDays;
import io.milkledger.delivery.AwayService;
import io.milkledger.delivery.EntryNotFoundException;
import io.milkledger.delivery.FillService;
import io.milkledger.delivery.LedgerEntry;
import io.milkledger.delivery.LedgerService;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The month as day tiles: tap a day to switch between the usual quantity and none, open it for any quantity and
 * a note, fill the month from the usual schedule, and mark days away.
 */
@Route("calendar/:month?([0-9]{4}-[0-9]{2})")
@PageTitle("Calendar · Milk Ledger")
@PermitAll
public class CalendarView extends VerticalLayout implements BeforeEnterObserver {

    private final LedgerService ledger;
    private final FillService fills;
    private final AwayService away;
    private final AccountService accounts;
    private final Locale locale;

    final H2 monthTitle = new H2();
    final Button previousMonth = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button nextMonth = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button fillMonth = new Button("Fill month", VaadinIcon.MAGIC.create());
    final Button markAway = new Button("Days away", VaadinIcon.AIRPLANE.create());
    final Div days = new Div();
    final List<DayTile> tiles = new ArrayList<>();

    private YearMonth month;
    private HouseholdSettings household;

    CalendarView(LedgerService ledger, FillService fills, AwayService away, AccountService accounts) {
        this.ledger = ledger;
        this.fills = fills;
        this.away = away;
        this.accounts = accounts;
        UI ui = UI.getCurrent();
        this.locale = ui == null ? Locale.getDefault() : ui.getLocale();
        this.household = accounts.settings();
        this.month = YearMonth.from(accounts.today());

        previousMonth.setAriaLabel("Previous month");
        previousMonth.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previousMonth.addClickListener(click -> show(month.minusMonths(1)));
        nextMonth.setAriaLabel("Next month");
        nextMonth.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        nextMonth.addClickListener(click -> show(month.plusMonths(1)));
        fillMonth.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fillMonth.addClickListener(click -> new FillDialog(fills, month, locale, this::refresh).open());
        markAway.addClickListener(click -> new AwayDialog(away, month, locale, this::refresh).open());

        HorizontalLayout header = new HorizontalLayout(previousMonth, monthTitle, nextMonth);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout actions = new HorizontalLayout(fillMonth, markAway);
        actions.setWrap(true);
        days.addClassName("calendar");
        add(header, actions, days);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = event.getRouteParameters().get("month");
        month = requested.flatMap(Months::parse).orElse(YearMonth.from(accounts.today()));
        if (requested.isPresent() && Months.parse(requested.get()).isEmpty()) {
            Notifications.problem(Months.NOT_A_MONTH);
        }
        household = accounts.settings();
        refresh();
    }

    private void refresh() {
        LocalDate today = accounts.today();
        monthTitle.setText(month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear());
        Map<LocalDate, LedgerEntry> entries = ledger.entries(month, PageRequest.of(0, 31, Sort.by("date"))).stream()
                .collect(Collectors.toMap(LedgerEntry::date, Function.identity()));
        List<AwayDays> awayDays = away.overlapping(month.atDay(1), month.atEndOfMonth());

        days.removeAll();
        tiles.clear();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            Span name = new Span(weekday.getDisplayName(TextStyle.SHORT, locale));
            name.addClassName("weekday");
            days.add(name);
        }
        for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
            days.add(new Div());
        }
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            LocalDate date = day;
            boolean isAway = awayDays.stream().anyMatch(stretch -> stretch.contains(date));
            DayTile tile = new DayTile(day, entries.get(day), day.equals(today), day.isAfter(today), isAway, locale);
            tile.toggle.addClickListener(click -> toggle(date, entries.get(date)));
            tile.open.addClickListener(click -> new DayDialog(ledger, date, entries.get(date),
                    household.usualLitres(), locale, this::refresh).open());
            tiles.add(tile);
            days.add(tile);
        }
        fillMonth.setEnabled(!month.atDay(1).isAfter(today));
    }

    /** Usual quantity when nothing or none was recorded, none when milk was recorded. */
    void toggle(LocalDate day, @Nullable LedgerEntry entry) {
        try {
            if (entry == null) {
                ledger.record(day, household.usualLitres(), null);
            } else {
                BigDecimal litres = entry.delivered() ? BigDecimal.ZERO : household.usualLitres();
                ledger.correct(entry.id(), entry.version(), litres, entry.note());
            }
        } catch (InvalidInputException problem) {
            Notifications.problem(problem.getMessage());
        } catch (ObjectOptimisticLockingFailureException | EntryNotFoundException changedMeanwhile) {
            Notifications.problem("That day was changed in another window; the calendar now shows the latest.");
        }
        refresh();
    }

    private void show(YearMonth newMonth) {
        UI.getCurrent().navigate(CalendarView.class, new RouteParameters("month", newMonth.toString()));
    }
}
