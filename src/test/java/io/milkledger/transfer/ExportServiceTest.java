package io.milkledger.transfer;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.base.InvalidInputException;
import io.milkledger.delivery.LedgerService;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ExportServiceTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"pay here\")";

    @Autowired
    Households households;
    @Autowired
    LedgerService ledger;
    @Autowired
    ExportService export;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void aHouseholdWithThreeDays() {
        households.registerAndSignIn("Esha");
        ledger.record(JAN_1, new BigDecimal("1.5"), FORMULA);
        ledger.record(JAN_1.plusDays(1), BigDecimal.ZERO, "away, back Friday");
        ledger.record(JAN_1.plusDays(40), new BigDecimal("2"), null);
    }

    @Test
    void everything_runs_from_the_first_recorded_day_to_the_last() {
        assertThat(export.everything()).isEqualTo(new ExportRange(JAN_1, JAN_1.plusDays(40)));
        assertThat(ExportService.fileName(export.everything(), "csv"))
                .isEqualTo("milk-ledger-2025-01-01-to-2025-02-10.csv");
    }

    @Test
    void the_csv_has_a_header_with_the_currency_and_one_line_per_day_with_formulas_neutralised() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long days = export.writeCsv(export.everything(), out);

        assertThat(days).isEqualTo(3);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "Date,Litres,Price per litre,Amount,Currency,Note",
                "2025-01-01,1.5,50,75.00,INR,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"pay here\"\")\"",
                "2025-01-02,0,50,0.00,INR,\"away, back Friday\"",
                "2025-02-10,2,50,100.00,INR,");
    }

    @Test
    void a_range_exports_only_its_days_and_a_reversed_range_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(export.writeCsv(new ExportRange(JAN_1.plusDays(1), JAN_1.plusDays(39)), out)).isEqualTo(1);
        assertThatThrownBy(() -> export.writeCsv(new ExportRange(JAN_1.plusDays(1), JAN_1), new ByteArrayOutputStream()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before the first");
    }

    @Test
    void the_workbook_opens_with_the_header_dates_numbers_and_a_neutralised_note() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long days = export.writeXlsx(export.everything(), out);

        assertThat(days).isEqualTo(3);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()));
             var rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all).hasSize(4);
            assertThat(all.getFirst().stream().map(cell -> cell.getText()).toList())
                    .containsExactly("Date", "Litres", "Price per litre", "Amount", "Currency", "Note");
            Row first = all.get(1);
            assertThat(first.getCellAsDate(0)).hasValue(JAN_1.atStartOfDay());
            assertThat(first.getCellAsNumber(1)).get().isEqualTo(new BigDecimal("1.5"));
            assertThat(first.getCellAsNumber(3)).get().satisfies(amount -> assertThat(amount).isEqualByComparingTo("75"));
            assertThat(first.getCellText(4)).isEqualTo("INR");
            assertThat(first.getCellText(5)).isEqualTo("'" + FORMULA);
            assertThat(first.getCell(5).getFormula()).isNull();
            assertThat(all.get(3).getCellAsNumber(1)).get().isEqualTo(new BigDecimal("2"));
        }
    }

    @Test
    void a_long_history_reaches_the_stream_in_small_pieces_while_it_is_read() throws IOException {
        String email = households.registerAndSignIn("Hari");
        jdbc.sql("""
                insert into deliveries (owner_id, delivery_date, litres, unit_price, amount, currency, note)
                select u.id, d::date, 1.5, 56.5, 84.75, 'INR', 'the usual, left at the gate; paid in cash'
                from users u, generate_series(date '2022-01-01', date '2024-12-31', interval '1 day') d
                where u.email = :email""").param("email", email).update();
        int[] largest = {0};
        long[] total = {0};
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                largest[0] = Math.max(largest[0], len);
                total[0] += len;
            }
        };

        assertThat(export.writeCsv(export.everything(), out)).isEqualTo(1096);

        assertThat(total[0]).isGreaterThan(80_000);
        assertThat(largest[0]).isLessThanOrEqualTo(16 * 1024);
    }
}
