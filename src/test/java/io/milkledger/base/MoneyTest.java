package io.milkledger.base;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void a_line_rounds_half_up_to_two_minor_units() {
        assertThat(Money.lineAmount(new BigDecimal("1.5"), new BigDecimal("52.35"), "INR"))
                .isEqualByComparingTo("78.53"); // 78.525 rounds up
        assertThat(Money.lineAmount(new BigDecimal("0.333"), new BigDecimal("10"), "USD"))
                .isEqualByComparingTo("3.33");
        assertThat(Money.lineAmount(new BigDecimal("1.5"), new BigDecimal("52.35"), "INR").scale()).isEqualTo(2);
    }

    @Test
    void yen_has_no_minor_units() {
        BigDecimal amount = Money.lineAmount(new BigDecimal("1.25"), new BigDecimal("182"), "JPY");
        assertThat(amount).isEqualByComparingTo("228"); // 227.5 rounds up
        assertThat(amount.scale()).isZero();
    }

    @Test
    void dinar_has_three_minor_units() {
        assertThat(Money.lineAmount(new BigDecimal("1"), new BigDecimal("0.4125"), "BHD"))
                .isEqualByComparingTo("0.413");
    }

    @Test
    void zero_litres_cost_nothing() {
        assertThat(Money.lineAmount(BigDecimal.ZERO, new BigDecimal("50"), "INR")).isEqualByComparingTo("0.00");
    }

    @Test
    void decimal_amounts_carry_no_binary_noise() {
        BigDecimal sum = Money.lineAmount(new BigDecimal("0.1"), BigDecimal.ONE, "EUR")
                .add(Money.lineAmount(new BigDecimal("0.2"), BigDecimal.ONE, "EUR"));
        assertThat(sum).isEqualTo(new BigDecimal("0.30"));
    }
}
