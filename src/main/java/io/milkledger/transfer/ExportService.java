package io.milkledger.transfer;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.milkledger.account.AccountService;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Money;
import io.milkledger.delivery.LedgerHistory;
import io.milkledger.delivery.RecordedDay;
import io.milkledger.security.HouseholdOnly;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The signed-in household's ledger as a CSV or Excel file. Both are written row by row straight to the given
 * stream while the days are read page by page in one read-only transaction, so a long history is never held in
 * memory. Text that a spreadsheet would run as a formula is neutralised (see {@link SpreadsheetText}).
 */
@Service
@Transactional(readOnly = true)
@HouseholdOnly
public class ExportService {

    /** The media type of the CSV export. */
    public static final String CSV_TYPE = "text/csv;charset=UTF-8";

    /** The media type of the Excel export. */
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int ROWS_PER_FLUSH = 500;

    private final LedgerHistory history;
    private final AccountService accounts;

    ExportService(LedgerHistory history, AccountService accounts) {
        this.history = history;
        this.accounts = accounts;
    }

    /** From the household's first recorded day to its last; today alone when nothing is recorded yet. */
    public ExportRange everything() {
        return history.recordedSpan()
                .map(span -> new ExportRange(span.first(), span.last()))
                .orElseGet(() -> new ExportRange(accounts.today(), accounts.today()));
    }

    /** A file name such as {@code milk-ledger-2025-01-01-to-2025-12-31.csv}. */
    public static String fileName(ExportRange range, String extension) {
        return "milk-ledger-" + range.from() + "-to-" + range.to() + "." + extension;
    }

    /**
     * Writes the days of the range as CSV (UTF-8 with a byte order mark, so spreadsheets read the currency signs
     * right): a header line, then one line per day with the date as yyyy-MM-dd.
     *
     * @return how many days were written
     * @throws InvalidInputException when the range ends before it starts
     */
    public long writeCsv(ExportRange range, OutputStream out) throws IOException {
        check(range);
        out.write(UTF8_BOM);
        CsvWriter csv = CsvWriter.builder().build(out, StandardCharsets.UTF_8);
        csv.writeRecord(Arrays.stream(Column.values()).map(Column::header).toList());
        long days;
        try {
            days = history.forEachDay(range.from(), range.to(), day -> {
                csv.writeRecord(day.date().toString(), day.litres().toPlainString(),
                        day.unitPrice().toPlainString(), day.amount().toPlainString(), day.currency(),
                        day.note() == null ? "" : SpreadsheetText.neutralise(day.note()));
            });
        } catch (UncheckedIOException broken) {
            throw broken.getCause();
        }
        csv.flush();
        return days;
    }

    /**
     * Writes the days of the range as an Excel workbook with one sheet: a header row, then one row per day, the
     * date as a date cell, numbers as numbers, currency and note as text.
     *
     * @return how many days were written
     * @throws InvalidInputException when the range ends before it starts
     */
    public long writeXlsx(ExportRange range, OutputStream out) throws IOException {
        check(range);
        Workbook workbook = new Workbook(out, "Milk Ledger", "1.0");
        Worksheet sheet = workbook.newWorksheet("Ledger");
        Column[] columns = Column.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.inlineString(0, c, columns[c].header());
            sheet.style(0, c).bold().set();
        }
        sheet.width(0, 12);
        sheet.width(2, 15);
        sheet.width(5, 40);
        long[] row = {0};
        try {
            history.forEachDay(range.from(), range.to(), day -> {
                int r = (int) ++row[0];
                writeRow(sheet, r, day);
                if (r % ROWS_PER_FLUSH == 0) {
                    flush(sheet);
                }
            });
        } catch (UncheckedIOException broken) {
            throw broken.getCause();
        }
        workbook.finish();
        return row[0];
    }

    private static void writeRow(Worksheet sheet, int r, RecordedDay day) {
        sheet.value(r, 0, day.date());
        sheet.style(r, 0).format("yyyy-mm-dd").set();
        sheet.value(r, 1, day.litres());
        sheet.value(r, 2, day.unitPrice());
        sheet.value(r, 3, day.amount());
        int minorUnits = Money.minorUnits(day.currency());
        sheet.style(r, 3).format(minorUnits == 0 ? "0" : "0." + "0".repeat(minorUnits)).set();
        sheet.inlineString(r, 4, day.currency());
        if (day.note() != null) {
            // a text cell is not a formula, but a copy into another sheet or a CSV could make it one again
            sheet.inlineString(r, 5, SpreadsheetText.neutralise(day.note()));
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    private static void check(ExportRange range) {
        if (range.to().isBefore(range.from())) {
            throw new InvalidInputException("to", "The last day is before the first; pick a later one.");
        }
    }
}
