package io.milkledger.delivery;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A price per litre: above zero, below {@link #LIMIT}, with at most {@link #SCALE} decimals. The one home of that
 * rule: settings, the CSV import and the old app's import ask {@link #problemWith}.
 */
public final class PricePerLitre {

    /** The first price taken to be a typing mistake rather than a price. */
    public static final BigDecimal LIMIT = new BigDecimal("1000000");

    /** Decimals a price per litre keeps, the NUMERIC(12,4) of the database. */
    public static final int SCALE = 4;

    private PricePerLitre() {
    }

    /**
     * What is wrong with a price per litre, in a sentence that fits next to a field and in an import's list of
     * problems; empty when it can be used.
     */
    public static Optional<String> problemWith(BigDecimal perLitre) {
        if (perLitre.signum() <= 0) {
            return Optional.of("The price per litre must be above zero.");
        }
        if (perLitre.compareTo(LIMIT) >= 0) {
            return Optional.of("A price per litre of 1,000,000 or more looks like a typo.");
        }
        if (perLitre.stripTrailingZeros().scale() > SCALE) {
            return Optional.of("The price per litre has at most four decimals.");
        }
        return Optional.empty();
    }
}
