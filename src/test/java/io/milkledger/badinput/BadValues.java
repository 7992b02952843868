package io.milkledger.badinput;

import org.junit.jupiter.api.Named;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Named.named;

/**
 * The catalogue of bad values the suite throws at every form, address and upload. Each is named for what it is,
 * so a test's name reads as a sentence ("a note with a NUL character is refused").
 */
final class BadValues {

    static final String TEN_THOUSAND_CHARACTERS = "m".repeat(10_000);

    private BadValues() {
    }

    /** Nothing typed at all. */
    static Stream<Named<String>> blank() {
        return Stream.of(
                named("nothing", ""),
                named("only spaces", "    "),
                named("only tabs and line breaks", "\t\n\r\n"),
                named("only no-break spaces", "\u00A0\u2007\u202F"));
    }

    /** Text no name or note may hold: too long, or with characters a person can't see or PostgreSQL refuses. */
    static Stream<Named<String>> unusableText() {
        return Stream.of(
                named("10,000 characters", TEN_THOUSAND_CHARACTERS),
                named("a NUL character", "fresh\u0000milk"),
                named("control characters", "fresh\u0007milk\u001B[31m"),
                named("a line break", "fresh\nmilk"),
                named("a right-to-left override", "milk\u202Egnp.exe"),
                named("a right-to-left isolate", "milk\u2067hidden\u2069"));
    }

    /**
     * Text that looks dangerous but is only text: stored exactly as typed and shown as text, never run or
     * interpreted.
     */
    static Stream<Named<String>> harmlessText() {
        return Stream.of(
                named("emoji", "Milk 🥛🐄 for the 👨‍👩‍👧 family"),
                named("HTML and script", "<script>alert('milk')</script><b>bold</b>"),
                named("SQL", "'; drop table users; --"),
                named("Devanagari with a zero-width joiner", "दूध वाले क्\u200Dष"));
    }

    /** What a person might type into a number field that is not a usable number. */
    static Stream<Named<String>> notNumbers() {
        return Stream.of(
                named("1e309", "1e309"),
                named("NaN", "NaN"),
                named("Infinity", "Infinity"),
                named("1,5 with a decimal comma", "1,5"),
                named("1.2.3", "1.2.3"),
                named("a huge exponent", "1e2147483648"),
                named("letters", "two litres"),
                named("SQL", "1; drop table deliveries"),
                named("10,000 digits", "9".repeat(10_000)));
    }

    /** Months in an address that are not a month the ledger has. */
    static Stream<Named<String>> notMonths() {
        return Stream.of(
                named("month 13", "2025-13"),
                named("month zero of year zero", "0000-00"),
                named("year 99999", "99999-01"),
                named("letters", "abc"),
                named("SQL", "'; drop table deliveries; --"),
                named("an encoded NUL", "%00"),
                named("a NUL character", "2025-01\u0000"),
                named("a month in the next century", "2125-01"),
                named("10,000 characters", TEN_THOUSAND_CHARACTERS));
    }

    /** Dates written in a file that are not days in the calendar the ledger takes. */
    static Stream<Named<String>> notDates() {
        return Stream.of(
                named("0000-00-00", "0000-00-00"),
                named("31-02-2025", "31-02-2025"),
                named("2025-02-29, not a leap year", "2025-02-29"),
                named("99999-01-01", "99999-01-01"),
                named("a day still to come", "2999-01-01"),
                named("a day before 2000", "1999-12-31"),
                named("month 13", "2025-13-01"),
                named("letters", "yesterday"),
                named("SQL", "2025-01-01'; drop table deliveries; --"));
    }
}
