package io.milkledger.badinput;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.milkledger.IntegrationTest;
import io.milkledger.account.AccountService;
import io.milkledger.base.InvalidInputException;
import io.milkledger.settings.SettingsChange;
import io.milkledger.settings.SettingsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

/** The settings form: a bad price, quantity, day or currency is refused at its field, and no setting changes. */
@IntegrationTest
class SettingsBadInputTest extends BadInputUiTest {

    @Autowired
    AccountService accounts;
    @Autowired
    SettingsService settings;

    @BeforeEach
    void openSettings() {
        households.registerAndSignIn("Sita");
        navigate("settings", Component.class);
        remember();
    }

    static Stream<Named<String>> badPrices() {
        return Stream.concat(Stream.concat(BadValues.notNumbers(), BadValues.blank()),
                Stream.of(named("-0", "-0"), named("zero", "0"), named("a negative price", "-52.50"),
                        named("five decimals", "52.12345")));
    }

    static Stream<Named<String>> badQuantities() {
        return Stream.concat(BadValues.notNumbers(), Stream.of(named("a negative quantity", "-1"),
                named("four decimals", "1.2345"), named("101 litres", "101")));
    }

    static Stream<Named<String>> notDays() {
        return Stream.of(named("0000-00-00", "0000-00-00"), named("31-02-2025", "31-02-2025"),
                named("99999-01-01", "99999-01-01"), named("letters", "next week"));
    }

    static Stream<Named<String>> badCurrencies() {
        return Stream.of(named("nothing", ""), named("an unknown code", "XYZ"), named("a code in lower case", "usd"),
                named("HTML and script", "<script>"), named("a NUL character", "IN\u0000R"),
                named("10,000 characters", BadValues.TEN_THOUSAND_CHARACTERS));
    }

    @ParameterizedTest(name = "a price typed as {0} is refused at the price field and nothing is saved")
    @MethodSource("badPrices")
    void a_bad_price_is_refused(String typed) {
        BigDecimalField price = field(BigDecimalField.class, "Price per litre");
        Typing.type(price, typed);
        click("Save");

        assertThat(price.isInvalid()).isTrue();
        assertThat(price.getErrorMessage()).isNotBlank();
        assertNothingStored();
    }

    @ParameterizedTest(name = "usual litres typed as {0} are refused at their field and nothing is saved")
    @MethodSource("badQuantities")
    void bad_usual_litres_are_refused(String typed) {
        BigDecimalField usual = field(BigDecimalField.class, "Usual daily litres");
        Typing.type(usual, typed);
        click("Save");

        assertThat(usual.isInvalid()).isTrue();
        assertThat(usual.getErrorMessage()).isNotBlank();
        assertNothingStored();
    }

    @ParameterizedTest(name = "a first day of the price typed as {0} is refused at its field")
    @MethodSource("notDays")
    void a_day_that_does_not_exist_is_refused(String typed) {
        DatePicker from = field(DatePicker.class, "Effective from");
        Typing.typeUnreadableDay(from, typed);
        click("Save");

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isNotBlank();
        assertNothingStored();
    }

    @ParameterizedTest(name = "a price from {0}, before the ledger's first day, is refused at its field")
    @MethodSource("tooEarly")
    void a_price_from_before_the_first_day_is_refused(LocalDate day) {
        DatePicker from = field(DatePicker.class, "Effective from");
        test(from).setValue(day);
        click("Save");

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).contains("the earliest day the ledger keeps");
        assertNothingStored();
    }

    static Stream<LocalDate> tooEarly() {
        return Stream.of(LocalDate.of(1999, 12, 31), LocalDate.of(1, 1, 1));
    }

    @ParameterizedTest(name = "the currency {0}, which the list can't offer, is refused by the service")
    @MethodSource("badCurrencies")
    void a_currency_outside_the_list_is_refused(String currency) {
        assertThatThrownBy(() -> settings.save(new SettingsChange(currency, new BigDecimal("50"), accounts.today(),
                BigDecimal.ONE, ZoneId.of("Asia/Kolkata"), Set.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("currency");
        assertNothingStored();
    }
}
