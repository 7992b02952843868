package io.milkledger.transfer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CsvImportFileTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

    private static CsvImportFile.Read read(String text) {
        return CsvImportFile.read(text.getBytes(StandardCharsets.UTF_8), TODAY, "INR");
    }

    @Test
    void the_exports_own_format_is_read_with_every_column() {
        var read = read("""
                Date,Litres,Price per litre,Amount,Currency,Note
                2025-01-01,1.5,52.5,78.75,INR,"guests, two"
                2025-01-02,0,52.5,0.00,INR,
                """);

        assertThat(read.fileProblem()).isNull();
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).hasSize(2);
        ImportRow first = read.rows().getFirst();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.date()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(first.litres()).isEqualByComparingTo("1.5");
        assertThat(first.unitPrice()).isEqualByComparingTo("52.5");
        assertThat(first.amount()).isEqualByComparingTo("78.75");
        assertThat(first.note()).isEqualTo("guests, two");
        assertThat(read.rows().get(1).litres()).isZero();
        assertThat(read.rows().get(1).note()).isNull();
    }

    @Test
    void header_names_in_any_case_old_dates_a_bom_and_semicolons_with_decimal_commas_are_tolerated() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "DATE;litres;NOTE\r\n31-01-2025;1,5;morning\r\n1-2-2025;2;\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);

        var read = CsvImportFile.read(file, TODAY, "INR");

        assertThat(read.fileProblem()).isNull();
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(ImportRow::date)
                .containsExactly(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 1));
        assertThat(read.rows().getFirst().litres()).isEqualByComparingTo("1.5");
        assertThat(read.rows().getFirst().unitPrice()).isNull();
    }

    @Test
    void every_bad_line_is_reported_with_its_number_and_reason() {
        var read = read("""
                Date,Litres,Price per litre,Amount,Currency,Note
                31-02-2025,1,50,50,INR,
                2025-12-01,1,50,50,INR,
                2025-01-03,-1,50,50,INR,
                2025-01-04,101,50,50,INR,
                2025-01-05,lots,50,50,INR,
                2025-01-06,1,50,50,USD,
                2025-01-07,1,50,50,INR,
                2025-01-07,2,50,100,INR,
                2025-01-08,1
                yesterday,1,50,50,INR,
                2025-01-09,1,5O,50,INR,
                """);

        assertThat(read.fileProblem()).isNull();
        assertThat(read.rows()).extracting(ImportRow::line).containsExactly(8L);
        assertThat(read.problems()).extracting(ImportProblem::line)
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 9L, 10L, 11L, 12L);
        assertThat(read.problems()).extracting(ImportProblem::reason).satisfiesExactly(
                r -> assertThat(r).isEqualTo("31-02-2025 is not a day in the calendar."),
                r -> assertThat(r).contains("still to come"),
                r -> assertThat(r).contains("can't be negative"),
                r -> assertThat(r).contains("at most 100"),
                r -> assertThat(r).contains("\"lots\" is not a number"),
                r -> assertThat(r).contains("is in USD; your ledger is in INR"),
                r -> assertThat(r).contains("is already on line 8"),
                r -> assertThat(r).contains("Has 2 values where the first line names 6 columns"),
                r -> assertThat(r).contains("\"yesterday\" is not a date"),
                r -> assertThat(r).contains("\"5O\" is not a number"));
        assertThat(read.problemCount()).isEqualTo(10);
    }

    @Test
    void an_amount_in_the_file_is_rounded_half_up_once_to_the_currencys_minor_units() {
        var read = read("Date,Litres,Amount\n2025-01-01,1,52.125\n2025-01-02,1,52.124\n");

        assertThat(read.rows()).extracting(ImportRow::amount)
                .containsExactly(new java.math.BigDecimal("52.13"), new java.math.BigDecimal("52.12"));
    }

    @Test
    void a_neutralised_note_gets_its_text_back() {
        var read = read("Date,Litres,Note\n2025-01-01,1,'=HYPERLINK(\"x\")\n");

        assertThat(read.rows().getFirst().note()).isEqualTo("=HYPERLINK(\"x\")");
    }

    @Test
    void an_empty_file_says_so() {
        assertThat(read("").fileProblem()).contains("empty");
        assertThat(read(" \n\n").fileProblem()).contains("empty");
        assertThat(read("Date,Litres\n").fileProblem()).contains("no days");
    }

    @Test
    void wrong_or_missing_columns_name_the_columns_expected() {
        assertThat(read("Day,Milk\n2025-01-01,1\n").fileProblem())
                .startsWith("Unknown columns \"Day\", \"Milk\".")
                .contains("Date, Litres, Price per litre, Amount, Currency, Note");
        assertThat(read("Date,Note\n2025-01-01,x\n").fileProblem()).contains("needs a Date and a Litres column");
        assertThat(read("Date,Litres,date\n").fileProblem()).contains("Date appears twice");
    }

    @Test
    void latin_1_and_utf_16_files_are_refused_with_what_to_do() {
        byte[] latin1 = "Date,Litres,Note\n2025-01-01,1,café\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = "Date,Litres\n2025-01-01,1\n".getBytes(StandardCharsets.UTF_16);

        assertThat(CsvImportFile.read(latin1, TODAY, "INR").fileProblem())
                .startsWith("The file is not UTF-8 text").contains("CSV UTF-8");
        assertThat(CsvImportFile.read(utf16, TODAY, "INR").fileProblem()).contains("UTF-16");
        assertThat(CsvImportFile.read(latin1, TODAY, "INR").rows()).isEmpty();
    }

    @Test
    void ten_megabytes_of_junk_is_refused_before_it_is_read() {
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(junk);

        var read = CsvImportFile.read(junk, TODAY, "INR");

        assertThat(read.fileProblem()).contains("larger than 5 MB");
        assertThat(read.rows()).isEmpty();
    }

    @Test
    void text_junk_under_the_limit_is_not_a_ledger() {
        String junk = "lorem ipsum dolor sit amet\n".repeat(150_000);

        assertThat(read(junk).fileProblem()).contains("Unknown column");
        byte[] binary = new byte[1000];
        binary[10] = 'A';
        assertThat(CsvImportFile.read(binary, TODAY, "INR").fileProblem()).contains("not a CSV text file");
    }
}
