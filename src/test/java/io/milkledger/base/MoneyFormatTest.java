package io.milkledger.base;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyFormatTest {

    private static final Locale INDIA = Locale.forLanguageTag("en-IN");

    @Test
    void rupees_in_an_indian_locale_use_indian_digit_grouping() {
        assertThat(MoneyFormat.format(new BigDecimal("1234567.5"), "INR", INDIA)).isEqualTo("₹12,34,567.50");
    }

    @Test
    void yen_shows_no_decimals() {
        assertThat(MoneyFormat.format(new BigDecimal("1235"), "JPY", Locale.US)).isEqualTo("¥1,235");
    }

    @Test
    void dollars_in_the_us_show_cents() {
        assertThat(MoneyFormat.format(new BigDecimal("3"), "USD", Locale.US)).isEqualTo("$3.00");
    }

    @Test
    void a_price_keeps_up_to_four_decimals() {
        assertThat(MoneyFormat.formatPrice(new BigDecimal("52.125"), "INR", INDIA)).isEqualTo("₹52.125");
        assertThat(MoneyFormat.formatPrice(new BigDecimal("50"), "INR", INDIA)).isEqualTo("₹50.00");
    }

    @Test
    void the_old_apps_ten_currencies_come_first_in_the_selector() {
        assertThat(Currencies.codes()).startsWith("INR", "USD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "CNY",
                "AED");
        assertThat(Currencies.codes()).contains("SEK", "BHD").doesNotContain("DEM", "XAU");
        assertThat(Currencies.label("INR", Locale.ENGLISH)).isEqualTo("₹ INR · Indian Rupee");
    }
}
