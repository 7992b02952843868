package io.milkledger.transfer;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export of a household with ten years of daily entries (each with a note), written to a stream that only counts
 * bytes. A measurement, not a timed test: it runs only with {@code -Dbenchmark=true} and writes its figures to
 * {@code target/benchmark/export.md}; docs/performance.md keeps them.
 *
 * <pre>./mvnw test -Dtest=ExportBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ExportBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Households households;
    @Autowired
    ExportService export;
    @Autowired
    ImportService imports;

    @Test
    void export_of_ten_years_of_daily_entries() throws Exception {
        String email = households.registerAndSignIn("Benchmark");
        LocalDate last = LocalDate.now().minusDays(1);
        LocalDate first = last.minusYears(10);
        jdbc.sql("""
                insert into deliveries (owner_id, delivery_date, litres, unit_price, amount, currency, note)
                select u.id, d::date, 1.5, 56.5, 84.75, 'INR', 'the usual, left at the gate; paid in cash'
                from users u, generate_series(cast(:first as date), cast(:last as date), interval '1 day') d
                where u.email = :email""")
                .param("first", first).param("last", last).param("email", email).update();
        ExportRange range = export.everything();

        List<String> report = new ArrayList<>();
        report.add("days: " + (range.to().toEpochDay() - range.from().toEpochDay() + 1));
        for (String format : List.of("csv", "xlsx")) {
            for (int i = 0; i < WARM_UP; i++) {
                run(format, range, new Counting());
            }
            long[] nanos = new long[RUNS];
            long[] firstByte = new long[RUNS];
            long[] allocated = new long[RUNS];
            long bytes = 0;
            long rows = 0;
            for (int i = 0; i < RUNS; i++) {
                Counting out = new Counting();
                long allocatedBefore = allocatedBytes();
                long start = System.nanoTime();
                out.start = start;
                rows = run(format, range, out);
                nanos[i] = System.nanoTime() - start;
                allocated[i] = allocatedBytes() - allocatedBefore;
                firstByte[i] = out.firstByteAt - start;
                bytes = out.count.get();
            }
            Arrays.sort(nanos);
            Arrays.sort(firstByte);
            Arrays.sort(allocated);
            Counting pieces = new Counting();
            run(format, range, pieces);
            assertThat(rows).isGreaterThan(3600);
            report.add(String.format("%s: %d rows, %,d bytes; median %.1f ms (min %.1f, max %.1f) over %d runs; "
                            + "first byte after %.1f ms (median); %,d bytes allocated per export (median, "
                            + "short-lived); written in %,d pieces of at most %,d bytes",
                    format, rows, bytes, nanos[RUNS / 2] / 1e6, nanos[0] / 1e6, nanos[RUNS - 1] / 1e6, RUNS,
                    firstByte[RUNS / 2] / 1e6, allocated[RUNS / 2], pieces.writes, pieces.largest));
        }
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        export.writeCsv(range, csv);
        households.registerAndSignIn("Benchmark import");
        long previewStart = System.nanoTime();
        ImportPreview preview = imports.preview(csv.toByteArray());
        long previewNanos = System.nanoTime() - previewStart;
        long applyStart = System.nanoTime();
        ImportResult imported = imports.apply(csv.toByteArray(), ExistingDays.SKIP);
        long applyNanos = System.nanoTime() - applyStart;
        long againStart = System.nanoTime();
        ImportResult again = imports.apply(csv.toByteArray(), ExistingDays.OVERWRITE);
        long againNanos = System.nanoTime() - againStart;
        assertThat(preview.importable()).isTrue();
        assertThat(imported.added()).isEqualTo(3653);
        assertThat(again.unchanged()).isEqualTo(3653);
        report.add(String.format("import of that CSV (%,d bytes) into a new account: preview %.0f ms, apply %.0f ms; "
                        + "the same file again: %.0f ms, nothing changed", csv.size(), previewNanos / 1e6,
                applyNanos / 1e6, againNanos / 1e6));
        Path file = Path.of("target/benchmark/export.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private long run(String format, ExportRange range, OutputStream out) throws IOException {
        return "csv".equals(format) ? export.writeCsv(range, out) : export.writeXlsx(range, out);
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    private static final class Counting extends OutputStream {
        final AtomicLong count = new AtomicLong();
        long start;
        long firstByteAt;
        long writes;
        int largest;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes++;
            largest = Math.max(largest, len);
            if (count.getAndAdd(len) == 0) {
                firstByteAt = System.nanoTime();
            }
        }
    }
}
