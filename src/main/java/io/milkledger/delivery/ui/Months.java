package io.milkledger.delivery.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import io.milkledger.base.ui.Notifications;
import io.milkledger.delivery.DeliveryDate;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The month in a ledger or calendar address, such as {@code /ledger/2026-11} or {@code /calendar/2026-11}, and which
 * months can be shown: from the month of {@link DeliveryDate#FIRST_DAY} up to the current one, none to come
 * (docs/decisions/0017-month-addresses.md).
 */
final class Months {

    /** The route parameter that holds the month. */
    static final String PARAMETER = "month";

    /** The optional last segment of a month address, for a view's {@code @Route}. */
    static final String TEMPLATE = ":" + PARAMETER + "?([0-9]{4}-[0-9]{2})";

    /** The earliest month that can be shown. */
    static final YearMonth FIRST = YearMonth.from(DeliveryDate.FIRST_DAY);

    private Months() {
    }

    /** What the page says when its address names a month that isn't one, or one still to come. */
    static final String NOT_A_MONTH = "That address names no month of your ledger, so this is the current month.";

    /** The month, or empty for anything that is not one. */
    static Optional<YearMonth> parse(String value) {
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }

    /**
     * A month's address under a view's base path, such as {@code ledger/2026-11}. Navigation goes by this address
     * rather than by view class and parameters: the ledger's own route is {@code /} (this month, where the side
     * navigation links) and its months are an alias, which only an address reaches.
     */
    static String address(String base, YearMonth month) {
        return base + "/" + month;
    }

    /** The nearest month that can be shown. */
    static YearMonth within(YearMonth month, YearMonth current) {
        if (month.isAfter(current)) {
            return current;
        }
        return month.isBefore(FIRST) ? FIRST : month;
    }

    /**
     * The month a navigation under {@code base} asks for: the address's month, or the current one when it names none.
     * An address in the old form ({@code ?month=2025-05}) or with a month that cannot be shown is forwarded to the
     * address of the month to show instead, and then nothing is returned: that navigation asks again. An address
     * whose month is not one, or cannot be shown, says so ({@link #NOT_A_MONTH}).
     */
    static Optional<YearMonth> requested(BeforeEnterEvent event, String base, YearMonth current) {
        Optional<String> query = event.getLocation().getQueryParameters().getSingleParameter(PARAMETER);
        Optional<String> asked = query.isPresent() ? query : event.getRouteParameters().get(PARAMETER);
        Optional<YearMonth> named = asked.flatMap(Months::parse);
        YearMonth month = within(named.orElse(current), current);
        boolean shown = named.filter(month::equals).isPresent();
        if (asked.isPresent() && !shown) {
            Notifications.problem(NOT_A_MONTH);
        }
        if (query.isPresent() || asked.isPresent() && !shown) {
            event.forwardTo(address(base, month), QueryParameters.empty());
            return Optional.empty();
        }
        return Optional.of(month);
    }
}
