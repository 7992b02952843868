package io.milkledger.delivery;

import io.milkledger.base.Decimals;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A price per litre that applies from a date until the next period starts. */
@Entity
@Table(name = "price_periods")
class PricePeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long ownerId;

    private LocalDate effectiveFrom;

    private BigDecimal pricePerLitre;

    private String currency;

    protected PricePeriod() {
        this.effectiveFrom = LocalDate.MIN;
        this.pricePerLitre = BigDecimal.ZERO;
        this.currency = "";
    }

    PricePeriod(long ownerId, LocalDate effectiveFrom, BigDecimal pricePerLitre, String currency) {
        this.ownerId = ownerId;
        this.effectiveFrom = effectiveFrom;
        this.pricePerLitre = pricePerLitre;
        this.currency = currency;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    BigDecimal pricePerLitre() {
        return pricePerLitre;
    }

    String currency() {
        return currency;
    }

    void reprice(BigDecimal pricePerLitre, String currency) {
        this.pricePerLitre = pricePerLitre;
        this.currency = currency;
    }

    Price toPrice() {
        return new Price(effectiveFrom, Decimals.plain(pricePerLitre), currency);
    }
}
