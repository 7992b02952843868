package io.milkledger.badinput;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row a bad input could have added or changed, counted and fingerprinted, to compare before and after. */
final class StoredRows {

    private static final List<String> TABLES = List.of("users", "deliveries", "price_periods", "away_periods",
            "fills", "email_tokens");

    private StoredRows() {
    }

    /** For each table, its row count and a hash of all its rows' text. */
    static Map<String, String> snapshot(JdbcClient jdbc) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by "
                    + "t::text)), '') from " + table + " t").query(String.class).single());
        }
        return rows;
    }
}
