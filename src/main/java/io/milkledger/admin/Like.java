package io.milkledger.admin;

/**
 * A search text as an SQL {@code ILIKE} pattern that finds it anywhere, its own {@code %} and {@code _} literal. A NUL,
 * which PostgreSQL refuses even in a pattern, is searched as the replacement character the audit trail stores for it.
 */
final class Like {

    private Like() {
    }

    static String anywhere(String text) {
        return "%" + text.strip().replace('\u0000', '\uFFFD')
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
