package io.milkledger.admin;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin pages' queries on a large installation: 10,000 accounts, 1,000 of them with ten years of daily entries
 * (3.65 million deliveries), and half a million audit lines. A measurement, not a timed test: it runs only with
 * {@code -Dbenchmark=true} and writes {@code target/benchmark/admin.md}; docs/performance.md keeps the figures.
 *
 * <pre>./mvnw test -Dtest=AdminBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AdminBenchmark {

    private static final int RUNS = 50;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDirectory directory;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Households households;

    @Test
    void users_and_audit_pages_on_a_large_installation() throws IOException {
        long seeding = System.nanoTime();
        seed(LocalDate.now());
        List<String> report = new ArrayList<>();
        report.add(String.format("accounts: %d, deliveries: %d, audit lines: %d, seeded in %.0f s",
                count("users"), count("deliveries"), count("audit_events"), (System.nanoTime() - seeding) / 1e9));
        households.signInAsAdmin(households.register("Bench admin", ZoneId.of("UTC")));

        var page = PageRequest.of(0, 50);
        measure(report, "users, first page, newest first", () -> directory.find(UserFilter.ALL, page));
        measure(report, "users, count", () -> directory.count(UserFilter.ALL));
        measure(report, "users, sorted by entries", () -> directory.find(UserFilter.ALL,
                page.withSort(Sort.by(Sort.Order.desc("entries")))));
        measure(report, "users, sorted by last sign-in", () -> directory.find(UserFilter.ALL,
                page.withSort(Sort.by("lastSignIn"))));
        measure(report, "users, search \"bench-77\"", () -> directory.find(
                new UserFilter("bench-77", null, null, null, null), page));
        measure(report, "users, disabled admins with Google (nothing matches)", () -> directory.find(
                new UserFilter("", false, null, SignInMethod.GOOGLE, true), page));
        measure(report, "audit log, first page", () -> auditLog.search("", page));
        measure(report, "audit log, page 100", () -> auditLog.search("", PageRequest.of(100, 50)));
        measure(report, "audit log, search an email", () -> auditLog.search("bench-4242@", page));

        Path out = Files.createDirectories(Path.of("target", "benchmark")).resolve("admin.md");
        Files.writeString(out, String.join(System.lineSeparator(), report));
        System.out.println(String.join(System.lineSeparator(), report));
    }

    private void measure(List<String> report, String what, Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            assertThat(query.get()).isNotNull();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        report.add(String.format("%s: median %.1f ms, p95 %.1f ms", what, nanos[RUNS / 2] / 1e6,
                nanos[RUNS * 95 / 100] / 1e6));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void seed(LocalDate today) {
        jdbc.sql("""
                insert into users (email, display_name, password_hash, currency, time_zone, email_verified,
                                   last_signed_in_at)
                select 'bench-' || n || '@example.com', 'Bench ' || n, '{noop}unused', 'INR', 'Asia/Kolkata', true,
                       now() - n * interval '1 minute'
                from generate_series(1, 10000) n""").update();
        jdbc.sql("insert into user_roles (user_id, role) select id, 'USER' from users where email like 'bench-%'")
                .update();
        jdbc.sql("""
                insert into deliveries (owner_id, delivery_date, litres, unit_price, amount, currency)
                select u.id, d::date, 1.5, 50, 75, 'INR'
                from (select id from users where email like 'bench-%' order by id limit 1000) u
                cross join generate_series(:from, :to, interval '1 day') d""")
                .param("from", today.minusYears(10)).param("to", today).update();
        jdbc.sql("""
                insert into audit_events (occurred_at, action, actor_email, target_email, client_address, detail)
                select now() - n * interval '1 second', 'SIGN_IN', 'bench-' || (n % 10000) || '@example.com',
                       'bench-' || (n % 10000) || '@example.com', '203.0.113.' || (n % 250), 'with password'
                from generate_series(1, 500000) n""").update();
        // what autovacuum does on a live installation: statistics, and the visibility map index-only scans need
        jdbc.sql("vacuum analyze").update();
    }
}
