package io.milkledger.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The columns of an export, in their order, and the names an import also accepts for them. */
enum Column {

    DATE("Date"),
    LITRES("Litres", "liters", "quantity"),
    PRICE_PER_LITRE("Price per litre", "price per liter", "price", "unit price"),
    AMOUNT("Amount"),
    CURRENCY("Currency"),
    NOTE("Note", "notes");

    private final String header;
    private final List<String> names;

    Column(String header, String... otherNames) {
        this.header = header;
        this.names = Stream.concat(Stream.of(header), Arrays.stream(otherNames))
                .map(name -> name.toLowerCase(Locale.ROOT))
                .toList();
    }

    /** The name an export writes in the first line. */
    String header() {
        return header;
    }

    /** The column a file's header names, ignoring case and surrounding spaces. */
    static Optional<Column> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(column -> column.names.contains(wanted)).findFirst();
    }

    /** "Date, Litres, Price per litre, Amount, Currency, Note". */
    static String all() {
        return Arrays.stream(values()).map(Column::header).collect(Collectors.joining(", "));
    }
}
