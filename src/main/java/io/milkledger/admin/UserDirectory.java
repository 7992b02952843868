package io.milkledger.admin;

import io.milkledger.security.AdminOnly;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The accounts of this installation, for the admin's users view: searched, filtered, sorted and paged by
 * PostgreSQL. It reads who the accounts are and how many days each recorded, never what they recorded.
 */
@Service
@Transactional(readOnly = true)
@AdminOnly
public class UserDirectory {

    /** The sort keys the view may ask for, and the SQL each one sorts by. */
    private static final Map<String, String> SORTS = Map.of(
            "email", "u.email",
            "name", "lower(u.display_name)",
            "verified", "u.email_verified",
            "enabled", "u.enabled",
            "admin", "admin",
            "created", "u.created_at",
            "lastSignIn", "u.last_signed_in_at",
            "entries", "entries");

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the accounts the filter lets through, in the page's order (newest first when it has none).
     *
     * @throws IllegalArgumentException for a sort key that is not one of the view's columns
     */
    public List<UserSummary> find(UserFilter filter, Pageable page) {
        var where = where(filter);
        // Counted for the page's rows only, unless the page is sorted by the count: then every account needs it,
        // and one pass over all deliveries beats one index scan per account.
        boolean byEntries = page.getSort().getOrderFor("entries") != null;
        var sql = """
                select u.id, u.email, u.display_name, u.password_hash is not null as has_password, u.email_verified,
                       u.enabled, u.created_at, u.last_signed_in_at,
                       exists (select 1 from user_roles r where r.user_id = u.id and r.role = 'ADMIN') as admin,
                       %s as entries,
                       (select string_agg(o.provider, ',') from oauth_identities o where o.user_id = u.id) as providers
                from users u
                %s
                """.formatted(byEntries ? "coalesce(counted.entries, 0)"
                        : "(select count(*) from deliveries d where d.owner_id = u.id)",
                byEntries ? "left join (select owner_id, count(*) as entries from deliveries group by owner_id) counted"
                        + " on counted.owner_id = u.id" : "")
                + where.sql() + " order by " + orderBy(page.getSort()) + " limit :limit offset :offset";
        var statement = jdbc.sql(sql).params(where.params())
                .param("limit", page.getPageSize()).param("offset", page.getOffset());
        return statement.query(UserDirectory::summary).list();
    }

    /** How many accounts the filter lets through. */
    public int count(UserFilter filter) {
        var where = where(filter);
        return jdbc.sql("select count(*) from users u " + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(UserFilter filter) {
        var conditions = new StringJoiner(" and ", "where ", "").setEmptyValue("");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!filter.search().isBlank()) {
            conditions.add("(u.email ilike :search or u.display_name ilike :search)");
            params.put("search", Like.anywhere(filter.search()));
        }
        if (filter.enabled() != null) {
            conditions.add("u.enabled = :enabled");
            params.put("enabled", filter.enabled());
        }
        if (filter.verified() != null) {
            conditions.add("u.email_verified = :verified");
            params.put("verified", filter.verified());
        }
        if (filter.admin() != null) {
            conditions.add((filter.admin() ? "" : "not ")
                    + "exists (select 1 from user_roles r where r.user_id = u.id and r.role = 'ADMIN')");
        }
        if (filter.signInMethod() == SignInMethod.PASSWORD) {
            conditions.add("u.password_hash is not null");
        } else if (filter.signInMethod() != null) {
            conditions.add("exists (select 1 from oauth_identities o where o.user_id = u.id and o.provider = :provider)");
            params.put("provider", filter.signInMethod().provider());
        }
        return new Where(conditions.toString(), params);
    }

    private static String orderBy(Sort sort) {
        List<String> keys = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTS.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("the users view cannot sort by " + order.getProperty());
            }
            keys.add(column + (order.isAscending() ? " asc nulls first" : " desc nulls last"));
        }
        if (keys.isEmpty()) {
            keys.add("u.created_at desc");
        }
        // ties in a stable order, so paging neither repeats nor skips an account
        keys.add("u.id desc");
        return String.join(", ", keys);
    }

    private static UserSummary summary(ResultSet row, int number) throws SQLException {
        Set<SignInMethod> methods = EnumSet.noneOf(SignInMethod.class);
        if (row.getBoolean("has_password")) {
            methods.add(SignInMethod.PASSWORD);
        }
        String providers = row.getString("providers");
        if (providers != null) {
            for (SignInMethod method : SignInMethod.values()) {
                if (method != SignInMethod.PASSWORD && List.of(providers.split(",")).contains(method.provider())) {
                    methods.add(method);
                }
            }
        }
        Timestamp lastSignIn = row.getTimestamp("last_signed_in_at");
        return new UserSummary(row.getLong("id"), row.getString("email"), row.getString("display_name"),
                Set.copyOf(methods), row.getBoolean("email_verified"), row.getBoolean("enabled"),
                row.getBoolean("admin"), row.getTimestamp("created_at").toInstant(),
                lastSignIn == null ? null : lastSignIn.toInstant(), row.getLong("entries"));
    }
}
