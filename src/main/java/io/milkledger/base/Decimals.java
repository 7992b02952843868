package io.milkledger.base;

import java.math.BigDecimal;

/** Numbers in the form a household would type them. */
public final class Decimals {

    private Decimals() {
    }

    /** The number without trailing zeros and never in exponent form: 1.500 is 1.5, 100.000 is 100 (not 1E+2). */
    public static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
