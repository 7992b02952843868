package io.milkledger.delivery;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.base.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The price on a date is the latest period starting on or before it. */
@IntegrationTest
class PriceLookupTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate JULY_1 = LocalDate.of(2024, 7, 1);

    @Autowired
    PriceService prices;
    @Autowired
    Households households;

    @BeforeEach
    void householdWithThreePrices() {
        households.registerAndSignIn("Ravi");
        prices.setPrice(new BigDecimal("54"), MARCH_1, "INR");
        prices.setPrice(new BigDecimal("58.5"), JULY_1, "INR");
    }

    @Test
    void a_new_household_starts_with_fifty_from_the_beginning() {
        assertThat(prices.priceOn(LocalDate.of(2000, 1, 1))).get()
                .satisfies(price -> {
                    assertThat(price.perLitre()).isEqualByComparingTo("50");
                    assertThat(price.fromTheBeginning()).isTrue();
                });
    }

    @Test
    void the_day_before_a_change_has_the_old_price() {
        assertThat(prices.priceOn(MARCH_1.minusDays(1))).get().extracting(Price::perLitre)
                .isEqualTo(new BigDecimal("50"));
    }

    @Test
    void a_change_applies_on_its_own_day_and_after() {
        assertThat(prices.priceOn(MARCH_1)).get().extracting(Price::perLitre).isEqualTo(new BigDecimal("54"));
        assertThat(prices.priceOn(JULY_1.minusDays(1))).get().extracting(Price::perLitre)
                .isEqualTo(new BigDecimal("54"));
        assertThat(prices.priceOn(JULY_1.plusYears(5))).get().extracting(Price::perLitre)
                .isEqualTo(new BigDecimal("58.5"));
    }

    @Test
    void setting_a_price_on_an_existing_start_date_replaces_that_period() {
        prices.setPrice(new BigDecimal("55"), MARCH_1, "INR");

        assertThat(prices.history()).extracting(Price::effectiveFrom)
                .containsExactly(JULY_1, MARCH_1, PriceService.BEGINNING);
        assertThat(prices.priceOn(MARCH_1)).get().extracting(Price::perLitre).isEqualTo(new BigDecimal("55"));
    }

    @Test
    void the_same_price_again_adds_no_period() {
        prices.setPrice(new BigDecimal("54.00"), LocalDate.of(2024, 4, 1), "INR");

        assertThat(prices.history()).hasSize(3);
    }

    @Test
    void zero_negative_and_absurd_prices_are_refused() {
        assertThatThrownBy(() -> prices.setPrice(BigDecimal.ZERO, MARCH_1, "INR"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("above zero");
        assertThatThrownBy(() -> prices.setPrice(new BigDecimal("-5"), MARCH_1, "INR"))
                .hasMessageContaining("above zero");
        assertThatThrownBy(() -> prices.setPrice(new BigDecimal("5000000"), MARCH_1, "INR"))
                .hasMessageContaining("typo");
        assertThatThrownBy(() -> prices.setPrice(BigDecimal.TEN, MARCH_1, "ZZZ"))
                .hasMessageContaining("currency");
        assertThat(prices.history()).hasSize(3);
    }
}
