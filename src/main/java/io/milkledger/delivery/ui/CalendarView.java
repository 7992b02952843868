package io.milkledger.delivery.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The month as day tiles: tap a day to switch between the usual quantity and none, open it for any quantity and
 * a note, fill the month from the usual schedule, and mark days away. A month's address is
 * {@code /calendar/2026-11}; {@code /calendar} shows the current month.
 */
@Route(CalendarView.BASE + "/" + Months.TEMPLATE)
@PageTitle("Calendar · Milk Ledger")
@Menu(title = "Calendar", order = 3, icon = "vaadin:calendar")
@PermitAll
class CalendarView extends VerticalLayout implements BeforeEnterObserver {

    /** Where a month's calendar lives: {@code /calendar/2026-11}. */
    static final String BASE = "calendar";

    private final LedgerService ledger;
    private final FillService fills;
    private final AwayService away;
    private final AccountService accounts;
    private final Clock clock;
    private final Locale locale;

    final MonthNavigator months;
    final Button fillMonth = new Button("Fill month", VaadinIcon.MAGIC.create());
    final Button markAway = new Button("Days away", VaadinIcon.AIRPLANE.create());
    final Div days = new Div();
    final List<DayTile> tiles = new ArrayList<>();

    private @Nullable Visit visit;

    CalendarView(LedgerService ledger, FillService fills, AwayService away, AccountService accounts, Clock clock) {
        this.ledger = ledger;
        this.fills = fills;
        this.away = away;
        this.accounts = accounts;
        this.clock = clock;
        UI ui = UI.getCurrent();
        this.locale = ui == null ? Locale.getDefault() : ui.getLocale();
        this.months = new MonthNavigator(locale, this::show);

        fillMonth.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fillMonth.addClickListener(click -> new FillDialog(fills, visit().month(), locale, this::refresh).open());
        markAway.addClickListener(click -> new AwayDialog(away, visit().month(), locale, this::refresh).open());

        HorizontalLayout actions = new HorizontalLayout(fillMonth, markAway);
        actions.setWrap(true);
        days.addClassName("calendar");
        add(months, actions, days);
    }

    /** What one navigation shows: the household's settings and today's date, read once, and the month. */
    private record Visit(HouseholdSettings household, LocalDate today, YearMonth month) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        HouseholdSettings household = accounts.settings();
        LocalDate today = household.today(clock);
        Months.requested(event, BASE, YearMonth.from(today)).ifPresent(month -> {
            visit = new Visit(household, today, month);
            refresh();
        });
    }

    private Visit visit() {
        return Objects.requireNonNull(visit, "the calendar is shown only after a navigation");
    }

    private void refresh() {
        LocalDate today = visit().today();
        YearMonth month = visit().month();
        HouseholdSettings household = visit().household();
        months.show(month, YearMonth.from(today));
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
    }

    /** Usual quantity when nothing or none was recorded, none when milk was recorded. */
    void toggle(LocalDate day, @Nullable LedgerEntry entry) {
        HouseholdSettings household = visit().household();
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
        UI.getCurrent().navigate(Months.address(BASE, newMonth));
    }
}
