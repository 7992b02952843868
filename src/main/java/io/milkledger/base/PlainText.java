package io.milkledger.base;

import org.jspecify.annotations.Nullable;

/**
 * A line of text a person types, such as a name or a note: how it is trimmed and what it may not hold. Every path
 * that takes such text (a form, the CSV import, the API) asks here, so all of them trim alike and say the same words.
 */
public final class PlainText {

    /** What every refusal says: the characters are invisible, so the person needs to be told what they are. */
    public static final String INVISIBLE_CHARACTERS = "This text holds invisible control characters (such as a "
            + "line break, a tab, a NUL or a text-direction override); type it again without them.";

    private PlainText() {
    }

    /** The text without spaces of any kind around it, no-break spaces included. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The problem with a line of text, or {@code null} when it is fine. Control characters (PostgreSQL refuses a NUL
     * outright; the others break a line or a terminal) and the overrides and isolates that make text read in another
     * order than it is stored are refused. Emoji, every script and the zero-width joiners they need are fine.
     */
    public static @Nullable String problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || isDirectionOverride(c)) {
                return INVISIBLE_CHARACTERS;
            }
        }
        return null;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isDirectionOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
