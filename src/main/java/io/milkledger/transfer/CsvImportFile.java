package io.milkledger.transfer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.milkledger.base.Dates;
import io.milkledger.base.Litres;
import io.milkledger.base.Money;
import io.milkledger.base.PlainText;
import io.milkledger.delivery.DeliveryDate;
import io.milkledger.delivery.DeliveryNote;
import io.milkledger.delivery.PricePerLitre;
import org.jspecify.annotations.Nullable;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a CSV file into days and problems: the export's own format, and also header names in any case, dates as
 * 31-01-2025 (as the old app wrote them), UTF-8 with or without a byte order mark, and a semicolon as separator
 * (then a decimal comma too). Checks every line against the rules of the ledger; a line with a problem is
 * reported with its number, never half taken.
 */
final class CsvImportFile {

    /** The largest file taken in: ten years of daily entries with long notes fit many times over. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** More days than a century has; more lines is not a ledger. */
    static final int MAX_DAYS = 40_000;

    /** Problems listed one by one; more are counted. */
    static final int MAX_LISTED_PROBLEMS = 200;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern DAY_FIRST_SHAPE = Pattern.compile("\\d{1,2}-\\d{1,2}-\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d{1,12})?");

    private final LocalDate today;
    private final String currency;
    private final List<ImportRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int problemCount;
    private char separator = ',';

    private CsvImportFile(LocalDate today, String currency) {
        this.today = today;
        this.currency = currency;
    }

    /**
     * The days and problems of a file, for a household whose today and currency are given.
     */
    static Read read(byte[] bytes, LocalDate today, String currency) {
        CsvImportFile file = new CsvImportFile(today, currency);
        String problem = file.readAll(bytes);
        return new Read(problem, List.copyOf(file.rows), List.copyOf(file.problems), file.problemCount);
    }

    /** What {@link #read} found: a problem with the whole file, or the days and the problems of single lines. */
    record Read(@Nullable String fileProblem, List<ImportRow> rows, List<ImportProblem> problems, int problemCount) {
    }

    private @Nullable String readAll(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return "The file is larger than 5 MB, the most one import takes. Split it, for example by year.";
        }
        String text;
        try {
            text = decode(bytes);
        } catch (NotUtf8 notUtf8) {
            return notUtf8.getMessage();
        }
        if (text.isBlank()) {
            return "The file is empty. Choose a CSV file with a header line and one line per day.";
        }
        if (text.indexOf('\0') >= 0) {
            return "This is not a CSV text file. Choose the CSV file itself (such as one exported from Milk Ledger).";
        }
        separator = guessSeparator(text);
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text);
        try {
            Map<Column, Integer> columns = null;
            int headerFields = 0;
            Map<LocalDate, Long> seen = new HashMap<>();
            for (CsvRecord record : reader) {
                if (columns == null) {
                    HeaderOrProblem header = header(record);
                    if (header.problem() != null) {
                        return header.problem();
                    }
                    columns = header.columns();
                    headerFields = record.getFieldCount();
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() + problemCount >= MAX_DAYS) {
                    return "The file has more than " + MAX_DAYS + " lines; that is not a ledger of daily entries.";
                }
                row(record, columns, headerFields, seen);
            }
            if (columns == null) {
                return "The file is empty. Choose a CSV file with a header line and one line per day.";
            }
            if (rows.isEmpty() && problemCount == 0) {
                return "The file names its columns but has no days below them.";
            }
            return null;
        } catch (CsvParseException | UncheckedIOException unreadable) {
            return "The file could not be read as CSV (" + unreadable.getMessage() + "). Choose the CSV file itself.";
        }
    }

    private static String decode(byte[] bytes) throws NotUtf8 {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new NotUtf8("The file is saved as UTF-16. Save it as \"CSV UTF-8\" and import that.");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return chars.toString();
        } catch (CharacterCodingException notUtf8) {
            throw new NotUtf8("The file is not UTF-8 text (it may be Latin-1 or another older encoding, or not "
                    + "text at all). Save it as \"CSV UTF-8\" and import that.");
        }
    }

    private static char guessSeparator(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private record HeaderOrProblem(@Nullable Map<Column, Integer> columns, @Nullable String problem) {
    }

    private static HeaderOrProblem header(CsvRecord record) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            String name = record.getField(i);
            if (name.isBlank()) {
                continue;
            }
            var column = Column.named(name);
            if (column.isEmpty()) {
                unknown.add("\"" + shorten(name.strip()) + "\"");
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                return new HeaderOrProblem(null, "The column " + column.get().header() + " appears twice in the "
                        + "first line.");
            }
        }
        String expected = " The first line names the columns: " + Column.all()
                + " (Date and Litres are needed, the others are optional).";
        if (!unknown.isEmpty()) {
            return new HeaderOrProblem(null, "Unknown column" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown.subList(0, Math.min(5, unknown.size()))) + "." + expected);
        }
        if (!columns.containsKey(Column.DATE) || !columns.containsKey(Column.LITRES)) {
            return new HeaderOrProblem(null, "The file needs a Date and a Litres column." + expected);
        }
        return new HeaderOrProblem(columns, null);
    }

    private void row(CsvRecord record, Map<Column, Integer> columns, int headerFields, Map<LocalDate, Long> seen) {
        long line = record.getStartingLineNumber();
        if (record.getFieldCount() != headerFields) {
            problem(line, "Has " + record.getFieldCount() + " values where the first line names " + headerFields
                    + " columns.");
            return;
        }
        try {
            LocalDate date = date(field(record, columns, Column.DATE));
            BigDecimal litres = litres(field(record, columns, Column.LITRES));
            BigDecimal price = optional(record, columns, Column.PRICE_PER_LITRE) == null ? null
                    : price(field(record, columns, Column.PRICE_PER_LITRE));
            String givenCurrency = optional(record, columns, Column.CURRENCY);
            if (givenCurrency != null && !givenCurrency.strip().equalsIgnoreCase(currency)) {
                throw new LineProblem("The amount is in " + shorten(givenCurrency.strip()) + "; your ledger is in "
                        + currency + ". Change the currency in Settings first, or convert the file.");
            }
            BigDecimal amount = optional(record, columns, Column.AMOUNT) == null ? null
                    : amount(field(record, columns, Column.AMOUNT));
            String note = note(optional(record, columns, Column.NOTE));
            Long earlier = seen.putIfAbsent(date, line);
            if (earlier != null) {
                throw new LineProblem(Dates.day(date) + " is already on line " + earlier + "; a day has one entry.");
            }
            rows.add(new ImportRow(line, date, litres, price, amount, note));
        } catch (LineProblem problem) {
            problem(line, problem.getMessage());
        }
    }

    private LocalDate date(String text) throws LineProblem {
        String value = text.strip();
        DateTimeFormatter format;
        if (ISO_SHAPE.matcher(value).matches()) {
            format = ISO;
        } else if (DAY_FIRST_SHAPE.matcher(value).matches()) {
            format = DAY_FIRST;
        } else {
            throw new LineProblem(value.isEmpty() ? "The date is missing."
                    : "\"" + shorten(value) + "\" is not a date; write it as 2025-01-31 or 31-01-2025.");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value, format == ISO ? padded(value) : format);
        } catch (DateTimeParseException noSuchDay) {
            throw new LineProblem(value + " is not a day in the calendar.");
        }
        refuse(DeliveryDate.problemWith(date, today));
        return date;
    }

    private static DateTimeFormatter padded(String value) {
        // 2025-1-5 is read like 2025-01-05
        return value.length() == 10 ? ISO : DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    }

    private BigDecimal litres(String text) throws LineProblem {
        BigDecimal litres = number(text, "Litres");
        refuse(Litres.problemWith(litres));
        return litres;
    }

    private BigDecimal price(String text) throws LineProblem {
        BigDecimal price = number(text, "The price per litre");
        refuse(PricePerLitre.problemWith(price));
        return price;
    }

    private BigDecimal amount(String text) throws LineProblem {
        BigDecimal amount = number(text, "The amount");
        if (amount.signum() < 0) {
            throw new LineProblem("The amount can't be negative.");
        }
        if (amount.compareTo(new BigDecimal("100000000000")) >= 0) {
            throw new LineProblem("An amount of " + amount.toPlainString() + " looks like a typo.");
        }
        // rounded once, here, to what the currency has
        return amount.setScale(Money.minorUnits(currency), RoundingMode.HALF_UP);
    }

    private BigDecimal number(String text, String what) throws LineProblem {
        String value = text.strip();
        if (separator == ';' && value.indexOf(',') >= 0 && value.indexOf('.') < 0) {
            value = value.replace(',', '.');
        }
        if (value.isEmpty()) {
            throw new LineProblem(what + " is missing.");
        }
        if (!NUMBER.matcher(value).matches()) {
            throw new LineProblem(what + " \"" + shorten(text.strip()) + "\" is not a number; write it like 1.5.");
        }
        return new BigDecimal(value);
    }

    private static @Nullable String note(@Nullable String text) throws LineProblem {
        if (text == null || text.isBlank()) {
            return null;
        }
        String note = DeliveryNote.clean(SpreadsheetText.restore(PlainText.strip(text)));
        refuse(DeliveryNote.problemWith(note));
        return note;
    }

    private static void refuse(Optional<String> problem) throws LineProblem {
        if (problem.isPresent()) {
            throw new LineProblem(problem.get());
        }
    }

    private static String field(CsvRecord record, Map<Column, Integer> columns, Column column) {
        return record.getField(columns.get(column));
    }

    private static @Nullable String optional(CsvRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || record.getField(index).isBlank()) {
            return null;
        }
        return record.getField(index);
    }

    private static boolean isBlank(CsvRecord record) {
        return record.getFields().stream().allMatch(String::isBlank);
    }

    private void problem(long line, String reason) {
        problemCount++;
        if (problems.size() < MAX_LISTED_PROBLEMS) {
            problems.add(new ImportProblem(line, reason));
        }
    }

    private static String shorten(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    private static final class LineProblem extends Exception {
        LineProblem(String message) {
            super(message, null, false, false);
        }
    }

    private static final class NotUtf8 extends Exception {
        NotUtf8(String message) {
            super(message, null, false, false);
        }
    }
}
