package io.milkledger.api;

import io.milkledger.account.AccountService;
import io.milkledger.account.HouseholdSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code GET /api/v1/me}: whose token it is, and what the household keeps its ledger with. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = "application/json")
class MeController {

    private final AccountService accounts;

    MeController(AccountService accounts) {
        this.accounts = accounts;
    }

    /**
     * @param email       the account's email
     * @param name        the household's name
     * @param currency    ISO 4217 code of new entries
     * @param timeZone    the household's time zone (IANA id), which decides what today is
     * @param usualLitres the quantity a new entry starts with
     * @param today       today's date in the household's time zone
     */
    record Me(String email, String name, String currency, String timeZone, BigDecimal usualLitres, LocalDate today) {
    }

    @GetMapping
    Me me() {
        HouseholdSettings settings = accounts.settings();
        return new Me(settings.email(), settings.displayName(), settings.currency(), settings.timeZone().getId(),
                settings.usualLitres(), accounts.today());
    }
}
