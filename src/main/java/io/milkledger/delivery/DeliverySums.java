package io.milkledger.delivery;

import org.springframework.jdbc.core.simple.JdbcClient;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Sums over the signed-in household's deliveries, computed by PostgreSQL over its rows (the (owner_id,
 * delivery_date) index), never by loading entries into Java: what the dashboard shows. The delivery package owns
 * the {@code deliveries} table, so other features read it through here.
 */
@Service
@Transactional(readOnly = true)
@HouseholdOnly
public class DeliverySums {

    private final JdbcClient jdbc;

    DeliverySums(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Totals per calendar month of the delivery date, in one currency; months without entries are absent. */
    public List<MonthTotal> monthTotals(String currency, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select date_trunc('month', delivery_date::timestamp)::date as month,
                               sum(amount) as amount,
                               sum(litres) as litres,
                               count(*) filter (where litres > 0) as delivery_days
                        from deliveries
                        where owner_id = :owner and currency = :currency and delivery_date between :from and :to
                        group by 1
                        order by 1""")
                .param("owner", CurrentUser.id()).param("currency", currency).param("from", from).param("to", to)
                .query((row, number) -> new MonthTotal(YearMonth.from(row.getObject("month", LocalDate.class)),
                        row.getBigDecimal("amount"), row.getBigDecimal("litres"), row.getInt("delivery_days")))
                .list();
    }

    /** Average litres per ISO weekday over the recorded days. */
    public List<WeekdayAverage> weekdayAverages(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select extract(isodow from delivery_date)::int as weekday,
                               round(avg(litres), 3) as litres,
                               count(*) as days
                        from deliveries
                        where owner_id = :owner and delivery_date between :from and :to
                        group by 1
                        order by 1""")
                .param("owner", CurrentUser.id()).param("from", from).param("to", to)
                .query((row, number) -> new WeekdayAverage(DayOfWeek.of(row.getInt("weekday")),
                        row.getBigDecimal("litres"), row.getInt("days")))
                .list();
    }

    /** Whether any entry in the days is in a currency other than the given one. */
    public boolean hasOtherCurrencies(String currency, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select exists (select 1 from deliveries
                                       where owner_id = :owner and delivery_date between :from and :to
                                         and currency <> :currency)""")
                .param("owner", CurrentUser.id()).param("currency", currency).param("from", from).param("to", to)
                .query(Boolean.class).single();
    }
}
