package io.milkledger.settings.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.account.AccountService;
import io.milkledger.base.Currencies;
import io.milkledger.base.Litres;
import io.milkledger.delivery.Price;
import io.milkledger.delivery.PriceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    Households households;
    @Autowired
    AccountService accounts;
    @Autowired
    PriceService prices;

    private SettingsView view;

    @BeforeEach
    void openSettings() {
        households.registerAndSignIn("Sita");
        view = navigate(SettingsView.class);
    }

    @Test
    void the_form_shows_the_households_current_settings() {
        assertThat(view.currency.getValue()).isEqualTo("INR");
        assertThat(view.pricePerLitre.getValue()).isEqualByComparingTo("50");
        assertThat(view.effectiveFrom.getValue()).isEqualTo(accounts.today());
        assertThat(view.timeZone.getValue()).isEqualTo("Asia/Kolkata");
        assertThat(test(view.history).size()).isEqualTo(1);
        assertThat(test(view.history).getCellText(0, 0)).isEqualTo("From the start");
    }

    @Test
    void a_new_price_from_a_date_is_saved_with_the_chosen_currency() {
        LocalDate from = LocalDate.of(2025, 6, 1);
        test(view.currency).selectItem(Currencies.label("USD", com.vaadin.flow.component.UI.getCurrent().getLocale()));
        test(view.pricePerLitre).setValue(new BigDecimal("1.25"));
        test(view.effectiveFrom).setValue(from);
        test(view.usualLitres).setValue(new BigDecimal("2"));
        test(view.timeZone).selectItem("America/New_York");
        test(view.save).click();

        assertThat(prices.priceOn(from)).get().isEqualTo(new Price(from, new BigDecimal("1.25"), "USD"));
        assertThat(prices.priceOn(from.minusDays(1))).get().extracting(Price::currency).isEqualTo("INR");
        assertThat(accounts.settings().usualLitres()).isEqualByComparingTo("2");
        assertThat(accounts.settings().timeZone().getId()).isEqualTo("America/New_York");
        assertThat(test(view.history).size()).isEqualTo(2);
    }

    @Test
    void the_usual_quantity_follows_the_ledgers_rule_for_litres_in_its_words() {
        test(view.usualLitres).setValue(new BigDecimal("100.5"));
        test(view.save).click();

        assertThat(view.usualLitres.isInvalid()).isTrue();
        assertThat(view.usualLitres.getErrorMessage())
                .isEqualTo(Litres.problemWith(new BigDecimal("100.5")).orElseThrow());
        assertThat(accounts.settings().usualLitres()).isEqualByComparingTo("1");
    }

    @Test
    void a_zero_price_is_refused_at_the_price_field_and_nothing_is_saved() {
        test(view.pricePerLitre).setValue(BigDecimal.ZERO);
        test(view.usualLitres).setValue(new BigDecimal("3"));
        test(view.save).click();

        assertThat(view.pricePerLitre.isInvalid()).isTrue();
        assertThat(view.pricePerLitre.getErrorMessage()).contains("above zero");
        assertThat(accounts.settings().usualLitres()).isEqualByComparingTo("1");
        assertThat(prices.history()).hasSize(1);
    }
}
