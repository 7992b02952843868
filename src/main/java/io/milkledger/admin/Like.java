package io.milkledger.admin;

/** A search text as an SQL {@code ILIKE} pattern that finds it anywhere, its own {@code %} and {@code _} literal. */
final class Like {

    private Like() {
    }

    static String anywhere(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
