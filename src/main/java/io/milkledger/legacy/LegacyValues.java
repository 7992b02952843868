package io.milkledger.legacy;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * What the old app's stored values mean. Its numbers are floating point; each becomes the decimal it was typed as
 * through the shortest string that reads back as the same double ({@link BigDecimal#valueOf(double)}), so 0.1 + 0.2
 * is 0.30 here and never 0.30000000000000004.
 */
final class LegacyValues {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM-uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    // SQLAlchemy's DATETIME in SQLite ("2025-11-13 18:13:43.450644") and PostgreSQL's timestamp as text
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    // far below a millilitre, far above the error of a double near 100
    private static final BigDecimal NOISE = new BigDecimal("1e-9");

    private LegacyValues() {
    }

    /** A number as the old app stored it, or null when it is missing or not a finite number. */
    static @Nullable BigDecimal number(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Double d -> Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
            case Float f -> Float.isFinite(f) ? new BigDecimal(Float.toString(f)) : null;
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case BigDecimal b -> b;
            case String s -> parse(s);
            default -> null;
        };
    }

    private static @Nullable BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The number at {@code scale} decimals when it differs from that only by the noise of adding floating point
     * numbers (0.1 + 0.2 litres is 0.30000000000000004), otherwise unchanged, so a real extra decimal is still seen.
     */
    static @Nullable BigDecimal withoutBinaryNoise(@Nullable BigDecimal number, int scale) {
        if (number == null || number.scale() <= scale) {
            return number;
        }
        BigDecimal rounded = number.setScale(scale, RoundingMode.HALF_UP);
        return number.subtract(rounded).abs().compareTo(NOISE) < 0 ? rounded : number;
    }

    /** A day written as {@code DD-MM-YYYY}, or null when it is not a real day in that form. */
    static @Nullable LocalDate day(@Nullable Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A month written as {@code MM-YYYY}, or null. */
    static @Nullable YearMonth month(@Nullable Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip(), MONTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A time the old app stored, taken as UTC as SQLAlchemy's {@code utcnow} wrote it; null when unreadable. */
    static @Nullable LocalDateTime timestamp(@Nullable Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), TIMESTAMP);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** SQLite keeps booleans as 0 and 1, PostgreSQL as booleans. */
    static boolean flag(@Nullable Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case Number n -> n.longValue() != 0;
            case String s -> s.strip().equals("1") || s.strip().equalsIgnoreCase("true");
            default -> false;
        };
    }

    /** Text, stripped, or null when missing or blank. */
    static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** A whole number such as a user id, or null. */
    static @Nullable Long id(@Nullable Object value) {
        BigDecimal number = number(value);
        if (number == null) {
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** How a value is quoted in a report. */
    static String shown(@Nullable Object value) {
        return value == null ? "empty" : "'" + value + "'";
    }
}
