package io.milkledger.transfer;

/**
 * Text cells that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, or a leading
 * tab or carriage return) get a single quote in front on the way out, so opening an export never runs a note
 * such as {@code =HYPERLINK(...)}; the quote comes off again on the way in.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text, safe to open in a spreadsheet. */
    static String neutralise(String text) {
        // a text that already starts with a quote gets one more, so that restore() gives back exactly the original
        return needsQuote(text) || text.startsWith("'") ? "'" + text : text;
    }

    /** The original text of a neutralised one; other text as it is. */
    static String restore(String text) {
        if (text.startsWith("'") && text.length() > 1) {
            String rest = text.substring(1);
            if (needsQuote(rest) || rest.startsWith("'")) {
                return rest;
            }
        }
        return text;
    }

    private static boolean needsQuote(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
