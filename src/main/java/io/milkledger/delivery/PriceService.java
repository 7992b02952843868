package io.milkledger.delivery;

import io.milkledger.base.Currencies;
import io.milkledger.base.InvalidInputException;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in household's price per litre over time. A new price applies from the date the household
 * chooses; entries already recorded keep the price they were recorded with.
 */
@Service
@Transactional(readOnly = true)
@HouseholdOnly
public class PriceService {

    /** The effective date of a household's first price: it covers every day they could record. */
    public static final LocalDate BEGINNING = DeliveryDate.FIRST_DAY;

    private final PricePeriodRepository periods;

    PriceService(PricePeriodRepository periods) {
        this.periods = periods;
    }

    /** Every price the household has had, newest first. */
    public List<Price> history() {
        return periods.findByOwnerIdOrderByEffectiveFromDesc(CurrentUser.id()).stream()
                .map(PricePeriod::toPrice)
                .toList();
    }

    /** The price in force on a date, if the household had one then. */
    public Optional<Price> priceOn(LocalDate date) {
        return periodOn(CurrentUser.id(), date).map(PricePeriod::toPrice);
    }

    /**
     * Sets the price per litre, in the given currency, from a date on. A period starting on the
     * same date is replaced; when the price in force on that date is already this one, nothing changes.
     * Entries already recorded are not repriced.
     */
    @Transactional
    public Price setPrice(BigDecimal perLitre, LocalDate effectiveFrom, String currency) {
        Optional<String> priceProblem = PricePerLitre.problemWith(perLitre);
        if (priceProblem.isPresent()) {
            throw new InvalidInputException("price", priceProblem.get());
        }
        Optional<String> dateProblem = DeliveryDate.tooEarly(effectiveFrom);
        if (dateProblem.isPresent()) {
            throw new InvalidInputException("effectiveFrom", dateProblem.get());
        }
        if (!Currencies.isSupported(currency)) {
            throw new InvalidInputException("currency", "Choose a currency from the list.");
        }
        long owner = CurrentUser.id();
        Optional<PricePeriod> inForce = periodOn(owner, effectiveFrom);
        if (inForce.isPresent() && inForce.get().pricePerLitre().compareTo(perLitre) == 0
                && inForce.get().currency().equals(currency)) {
            return inForce.get().toPrice();
        }
        PricePeriod period = periods.findByOwnerIdAndEffectiveFrom(owner, effectiveFrom)
                .orElseGet(() -> new PricePeriod(owner, effectiveFrom, perLitre, currency));
        period.reprice(perLitre, currency);
        return periods.save(period).toPrice();
    }

    Optional<PricePeriod> periodOn(long owner, LocalDate date) {
        return periods.findFirstByOwnerIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(owner, date);
    }
}
