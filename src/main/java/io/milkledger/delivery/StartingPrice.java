package io.milkledger.delivery;

import io.milkledger.account.HouseholdRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * Gives a new household a first price per litre (the old app's default of 50) so the first delivery can be
 * recorded straight after signing up; they change it in settings.
 */
@Component
class StartingPrice {

    static final BigDecimal PER_LITRE = new BigDecimal("50.00");

    private final PricePeriodRepository periods;

    StartingPrice(PricePeriodRepository periods) {
        this.periods = periods;
    }

    /** Runs inside the registration's transaction: no account exists without its starting price. */
    @EventListener
    void onRegistration(HouseholdRegistered registered) {
        periods.save(new PricePeriod(registered.accountId(), PriceService.BEGINNING, PER_LITRE,
                registered.currency()));
    }
}
