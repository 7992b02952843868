package io.milkledger.badinput;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteNotFoundError;
import io.milkledger.IntegrationTest;
import io.milkledger.account.AccountService;
import io.milkledger.delivery.ui.LedgerView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/**
 * The addresses of the ledger and the calendar, the day, away and export dialogs, and the ledger's date: a month
 * or a day that does not exist is explained, and nothing is recorded.
 */
@IntegrationTest
class CalendarBadInputTest extends BadInputUiTest {

    @Autowired
    AccountService accounts;

    private LocalDate today;

    @BeforeEach
    void signIn() {
        households.registerAndSignIn("Asha");
        today = accounts.today();
        remember();
    }

    static Stream<Named<String>> notMonths() {
        return BadValues.notMonths();
    }

    static Stream<Named<String>> monthsShapedRight() {
        return Stream.of(named("month 13", "2025-13"), named("month zero of year zero", "0000-00"),
                named("month zero", "2025-00"));
    }

    static Stream<Named<String>> otherCalendarAddresses() {
        return Stream.of(named("year 99999", "99999-01"), named("letters", "abc"),
                named("SQL", "'; drop table deliveries; --"), named("an encoded NUL", "%00"),
                named("10,000 characters", BadValues.TEN_THOUSAND_CHARACTERS));
    }

    static Stream<Named<String>> unusableText() {
        return BadValues.unusableText();
    }

    static Stream<Named<String>> someNotNumbers() {
        return BadValues.notNumbers().limit(4);
    }

    static Stream<Named<String>> notDays() {
        return Stream.of(named("0000-00-00", "0000-00-00"), named("31-02-2025", "31-02-2025"),
                named("99999-01-01", "99999-01-01"), named("2025-02-29, not a leap year", "2025-02-29"),
                named("letters", "yesterday"));
    }

    // addresses

    @ParameterizedTest(name = "the ledger at ?month={0} shows this month and says the address names no month")
    @MethodSource("notMonths")
    void a_ledger_address_without_a_real_month_shows_this_month(String month) {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("month", month)));

        assertThat(getCurrentView()).isInstanceOf(LedgerView.class);
        assertThat($(H2.class).withText(monthName(YearMonth.from(today))).exists()).isTrue();
        assertThat(notifications()).anySatisfy(text -> assertThat(text).contains("names no month"));
        assertNothingStored();
    }

    @ParameterizedTest(name = "the calendar at /calendar/{0} shows this month and says the address names no month")
    @MethodSource("monthsShapedRight")
    void a_calendar_address_without_a_real_month_shows_this_month(String month) {
        UI.getCurrent().navigate("calendar/" + month);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("CalendarView");
        assertThat($(H2.class).withText(monthName(YearMonth.from(today))).exists()).isTrue();
        assertThat(notifications()).anySatisfy(text -> assertThat(text).contains("names no month"));
        assertNothingStored();
    }

    @ParameterizedTest(name = "the calendar at /calendar/{0} is a page that does not exist, not a server error")
    @MethodSource("otherCalendarAddresses")
    void another_calendar_address_is_not_found(String month) {
        UI.getCurrent().navigate("calendar/" + month);

        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
        assertNothingStored();
    }

    // the day dialog

    @ParameterizedTest(name = "a day's note with {0} is refused at the note field of the day dialog")
    @MethodSource("unusableText")
    void a_bad_note_in_the_day_dialog_is_refused(String note) {
        openToday();
        test($(TextField.class).from($(Dialog.class).single()).withLabel("Note").single()).setValue(note);
        click("Save");

        TextField field = $(TextField.class).from($(Dialog.class).single()).withLabel("Note").single();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isNotBlank();
        assertNothingStored();
    }

    @ParameterizedTest(name = "litres typed as {0} are refused at the litres field of the day dialog")
    @MethodSource("someNotNumbers")
    void bad_litres_in_the_day_dialog_are_refused(String typed) {
        openToday();
        BigDecimalField litres = $(BigDecimalField.class).from($(Dialog.class).single()).withLabel("Litres").single();
        Typing.type(litres, typed);
        click("Save");

        assertThat(litres.isInvalid()).isTrue();
        assertThat(litres.getErrorMessage()).isNotBlank();
        assertNothingStored();
    }

    // the away dialog

    @ParameterizedTest(name = "a note with {0} is refused at the note field of the away dialog")
    @MethodSource("unusableText")
    void a_bad_note_in_the_away_dialog_is_refused(String note) {
        openAway();
        test(field(DatePicker.class, "First day away")).setValue(today);
        test(field(DatePicker.class, "Last day away")).setValue(today.plusDays(3));
        test(field(TextField.class, "Note")).setValue(note);
        click("Mark away");

        assertThat(field(TextField.class, "Note").isInvalid()).isTrue();
        assertThat(field(TextField.class, "Note").getErrorMessage()).isNotBlank();
        assertNothingStored();
    }

    @ParameterizedTest(name = "a first day away typed as {0} is refused in the away dialog")
    @MethodSource("notDays")
    void a_day_that_does_not_exist_is_refused_in_the_away_dialog(String typed) {
        openAway();
        Typing.typeUnreadableDay(field(DatePicker.class, "First day away"), typed);
        test(field(DatePicker.class, "Last day away")).setValue(today.plusDays(3));
        click("Mark away");

        assertThat(field(DatePicker.class, "First day away").isInvalid()).isTrue();
        assertThat(field(DatePicker.class, "First day away").getErrorMessage()).isNotBlank();
        assertNothingStored();
    }

    @ParameterizedTest(name = "a last day away before the first is refused in the away dialog")
    @MethodSource("one")
    void a_stretch_that_ends_before_it_starts_is_refused(int days) {
        openAway();
        test(field(DatePicker.class, "First day away")).setValue(today);
        test(field(DatePicker.class, "Last day away")).setValue(today.minusDays(days));
        click("Mark away");

        assertThat(field(DatePicker.class, "Last day away").getErrorMessage()).contains("can't be before");
        assertNothingStored();
    }

    static Stream<Integer> one() {
        return Stream.of(1);
    }

    // the ledger's date and the export's range

    @ParameterizedTest(name = "a delivery date typed as {0} is refused at the date field")
    @MethodSource("notDays")
    void a_day_that_does_not_exist_is_refused_at_the_ledgers_date(String typed) {
        navigate(LedgerView.class);
        Typing.typeUnreadableDay(field(DatePicker.class, "Date"), typed);
        click("Add");

        assertThat(field(DatePicker.class, "Date").isInvalid()).isTrue();
        assertThat(field(DatePicker.class, "Date").getErrorMessage()).isNotBlank();
        assertNothingStored();
    }

    @ParameterizedTest(name = "an export from day typed as {0} disables the downloads and says why")
    @MethodSource("notDays")
    void a_day_that_does_not_exist_disables_the_export(String typed) {
        navigate(LedgerView.class);
        click("Export");
        Typing.typeUnreadableDay(field(DatePicker.class, "From"), typed);

        assertThat(field(DatePicker.class, "To").isInvalid()).isTrue();
        assertThat(field(DatePicker.class, "To").getErrorMessage()).isNotBlank();
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withText("Download CSV").single().isEnabled())
                .isFalse();
    }

    private void openToday() {
        navigate("calendar", Component.class);
        test($(Button.class).withAriaLabel("Open " + today).single()).click();
    }

    private void openAway() {
        navigate("calendar", Component.class);
        click("Days away");
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.getDefault()) + " " + month.getYear();
    }
}
