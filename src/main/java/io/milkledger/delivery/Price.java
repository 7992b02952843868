package io.milkledger.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A price per litre and the day it applies from.
 *
 * @param effectiveFrom the first day it applies to; {@link PriceService#BEGINNING} for a household's first price
 * @param perLitre      the price of one litre
 * @param currency      ISO 4217 code of the price
 */
public record Price(LocalDate effectiveFrom, BigDecimal perLitre, String currency) {

    /** True for the price a household started with, which applies to every earlier day. */
    public boolean fromTheBeginning() {
        return !effectiveFrom.isAfter(PriceService.BEGINNING);
    }
}
