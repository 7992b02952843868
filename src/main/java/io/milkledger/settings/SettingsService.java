package io.milkledger.settings;

import io.milkledger.account.AccountService;
import io.milkledger.account.HouseholdSettings;
import io.milkledger.delivery.Price;
import io.milkledger.delivery.PriceService;
import io.milkledger.security.HouseholdOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves the signed-in household's settings form in one transaction: all of it, or nothing. */
@Service
@HouseholdOnly
public class SettingsService {

    private final AccountService accounts;
    private final PriceService prices;

    SettingsService(AccountService accounts, PriceService prices) {
        this.accounts = accounts;
        this.prices = prices;
    }

    /**
     * Stores currency, time zone and usual quantity, and the price per litre from its effective date on, in the
     * chosen currency. Entries already recorded keep their price and currency.
     *
     * @return the price now in force from the effective date
     */
    @Transactional
    public Price save(SettingsChange change) {
        HouseholdSettings saved = accounts.updatePreferences(change.currency(), change.timeZone(),
                change.usualLitres(), change.usualWeekdays());
        return prices.setPrice(change.pricePerLitre(), change.effectiveFrom(), saved.currency());
    }
}
