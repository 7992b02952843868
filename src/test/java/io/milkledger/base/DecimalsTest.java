package io.milkledger.base;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsTest {

    @Test
    void a_number_loses_its_trailing_zeros_but_never_turns_into_an_exponent() {
        assertThat(Decimals.plain(new BigDecimal("1.500")).toString()).isEqualTo("1.5");
        assertThat(Decimals.plain(new BigDecimal("100.000")).toString()).isEqualTo("100");
        assertThat(Decimals.plain(new BigDecimal("0.000")).toString()).isEqualTo("0");
        assertThat(Decimals.plain(new BigDecimal("52.1250")).toString()).isEqualTo("52.125");
    }
}
