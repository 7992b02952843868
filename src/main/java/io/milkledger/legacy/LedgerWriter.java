package io.milkledger.legacy;

import io.milkledger.security.Role;
import io.milkledger.base.Money;
import io.milkledger.delivery.PriceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Milk Ledger's side of the import, in SQL: finds accounts by email and writes the rows an import adds. It writes
 * the tables directly, as a migration would, because an imported entry keeps the old app's amount exactly, which no
 * service that prices a day would store (docs/decisions/0013-legacy-import.md). PostgreSQL assigns every id.
 */
@Component
class LedgerWriter {

    private final JdbcClient jdbc;

    LedgerWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account with that lower-cased email, if there is one. */
    Optional<Long> accountId(String email) {
        return jdbc.sql("select id from users where lower(email) = ?").param(email).query(Long.class).optional();
    }

    /** The days an account already has an entry for. */
    Set<LocalDate> recordedDays(long owner) {
        return new HashSet<>(jdbc.sql("select delivery_date from deliveries where owner_id = ?").param(owner)
                .query(LocalDate.class).list());
    }

    /**
     * Creates the account of an old user: its password hash as it was (Werkzeug's, checked at sign-in), its verified
     * flag, its currency, and a price from the beginning.
     */
    long createAccount(ImportPlan.Household household) {
        long id = jdbc.sql("""
                        insert into users (email, display_name, password_hash, email_verified, currency, created_at)
                        values (?, ?, ?, ?, ?, coalesce(cast(? as timestamptz), now()))
                        returning id""")
                .params(household.email(), household.displayName(), household.passwordHash(),
                        household.emailVerified(), household.currency(),
                        household.createdAt() == null ? null : household.createdAt().atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
        jdbc.sql("insert into user_roles (user_id, role) values (?, ?)").params(id, Role.USER.name()).update();
        jdbc.sql("""
                        insert into price_periods (owner_id, effective_from, price_per_litre, currency)
                        values (?, ?, ?, ?)""")
                .params(id, PriceService.BEGINNING, household.pricePerLitre(), household.currency())
                .update();
        return id;
    }

    /** Which account a provider's account signs in as, if any. */
    Optional<Long> identityOwner(ImportPlan.Identity identity) {
        return jdbc.sql("select user_id from oauth_identities where provider = ? and subject = ?")
                .params(identity.provider(), identity.subject())
                .query(Long.class)
                .optional();
    }

    void link(ImportPlan.Identity identity, long owner, String email) {
        jdbc.sql("insert into oauth_identities (provider, subject, user_id, email) values (?, ?, ?, ?)")
                .params(identity.provider(), identity.subject(), owner, email)
                .update();
    }

    /** Adds the entry unless the day already has one; true when it was added. */
    boolean add(long owner, ImportPlan.Entry entry, String currency) {
        return jdbc.sql("""
                        insert into deliveries (owner_id, delivery_date, litres, unit_price, amount, currency)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (owner_id, delivery_date) do nothing""")
                .params(owner, entry.date(), entry.litres(), entry.unitPrice(), entry.amount(), currency)
                .update() == 1;
    }

    /** An account's total per month in one currency, rounded to its minor units. */
    Map<YearMonth, BigDecimal> monthTotals(long owner, String currency) {
        Map<YearMonth, BigDecimal> totals = new HashMap<>();
        List<MonthTotal> rows = jdbc.sql("""
                        select extract(year from delivery_date)::int as year,
                               extract(month from delivery_date)::int as month,
                               sum(amount) as total
                        from deliveries where owner_id = ? and currency = ?
                        group by 1, 2""")
                .params(owner, currency)
                .query(MonthTotal.class)
                .list();
        rows.forEach(row -> totals.put(YearMonth.of(row.year(), row.month()),
                Money.roundToMinorUnits(row.total(), currency)));
        return totals;
    }

    record MonthTotal(int year, int month, BigDecimal total) {
    }
}
