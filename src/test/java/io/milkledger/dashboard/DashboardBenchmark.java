package io.milkledger.dashboard;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboard load time for a household with ten years of daily entries among 1,000 such households
 * (3.65 million deliveries). A measurement, not a timed test: it runs only with {@code -Dbenchmark=true}
 * and writes its figures to {@code target/benchmark/dashboard.md}; docs/performance.md keeps them.
 *
 * <pre>./mvnw test -Dtest=DashboardBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DashboardBenchmark {

    private static final int HOUSEHOLDS = 1_000;
    private static final int WARM_UP = 30;
    private static final int RUNS = 300;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DashboardService dashboard;
    @Autowired
    Households households;

    @Test
    void dashboard_of_a_household_with_ten_years_among_a_thousand() throws IOException {
        LocalDate today = LocalDate.now();
        long seeding = System.nanoTime();
        seed(today);
        double seedSeconds = (System.nanoTime() - seeding) / 1e9;
        long rows = jdbc.sql("select count(*) from deliveries").query(Long.class).single();
        assertThat(rows).isGreaterThanOrEqualTo(HOUSEHOLDS * 3650L);

        households.signIn("bench-500@example.com");
        List<String> report = new ArrayList<>();
        report.add("households: " + HOUSEHOLDS + ", deliveries: " + rows + ", seeded in "
                + String.format("%.1f s", seedSeconds));
        for (int months : new int[] {12, 24}) {
            for (int i = 0; i < WARM_UP; i++) {
                dashboard.load(months);
            }
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                Dashboard loaded = dashboard.load(months);
                nanos[i] = System.nanoTime() - start;
                assertThat(loaded.months()).hasSize(months);
            }
            java.util.Arrays.sort(nanos);
            report.add(String.format("load(%d): median %.2f ms, p95 %.2f ms, max %.2f ms over %d runs", months,
                    nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6, nanos[RUNS - 1] / 1e6, RUNS));
        }
        long owner = jdbc.sql("select id from users where email = 'bench-500@example.com'").query(Long.class)
                .single();
        report.add("");
        report.add("EXPLAIN ANALYZE of the month totals (24 months + 1):");
        report.addAll(jdbc.sql("""
                        explain (analyze, buffers)
                        select date_trunc('month', delivery_date::timestamp)::date as month, sum(amount), sum(litres),
                               count(*) filter (where litres > 0)
                        from deliveries
                        where owner_id = :owner and currency = 'INR' and delivery_date between :from and :to
                        group by 1 order by 1""")
                .param("owner", owner).param("from", today.minusMonths(25).withDayOfMonth(1)).param("to", today)
                .query(String.class).list());
        Path out = Files.createDirectories(Path.of("target", "benchmark")).resolve("dashboard.md");
        Files.writeString(out, report.stream().collect(Collectors.joining(System.lineSeparator())));
        System.out.println(String.join(System.lineSeparator(), report));
    }

    private void seed(LocalDate today) {
        jdbc.sql("""
                insert into users (email, display_name, password_hash, currency, time_zone)
                select 'bench-' || n || '@example.com', 'Bench ' || n, '{noop}unused', 'INR', 'Asia/Kolkata'
                from generate_series(1, :households) n""").param("households", HOUSEHOLDS).update();
        jdbc.sql("""
                insert into user_roles (user_id, role)
                select id, 'USER' from users where email like 'bench-%'""").update();
        jdbc.sql("""
                insert into price_periods (owner_id, effective_from, price_per_litre, currency)
                select id, date '2000-01-01', 50, 'INR' from users where email like 'bench-%'
                union all
                select id, :change, 56, 'INR' from users where email like 'bench-%'""")
                .param("change", today.minusYears(3)).update();
        // a daily entry for ten years: 0 to 3 litres in half litres, priced as the periods say
        jdbc.sql("""
                insert into deliveries (owner_id, delivery_date, litres, unit_price, amount, currency)
                select u.id, d::date, l.litres, p.price, l.litres * p.price, 'INR'
                from users u
                cross join generate_series(:from, :to, interval '1 day') d
                cross join lateral (select (floor(random() * 7) / 2)::numeric(6, 3) as litres) l
                cross join lateral (select case when d::date >= :change then 56 else 50 end as price) p
                where u.email like 'bench-%'""")
                .param("from", today.minusYears(10)).param("to", today).param("change", today.minusYears(3))
                .update();
        jdbc.sql("analyze").update();
    }
}
