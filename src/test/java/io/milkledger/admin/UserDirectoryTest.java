package io.milkledger.admin;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.delivery.LedgerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The users view's query: search, filters, sorting and paging in PostgreSQL. */
@IntegrationTest
class UserDirectoryTest {

    @Autowired
    UserDirectory directory;
    @Autowired
    Households households;
    @Autowired
    LedgerService ledger;
    @Autowired
    JdbcClient jdbc;

    /** Makes this test's accounts findable apart from other tests' in the same database. */
    String tag;
    String asha;
    String ravi;
    String google;

    @BeforeEach
    void threeHouseholds() {
        tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        asha = households.register("Asha " + tag, ZoneId.of("Asia/Kolkata"));
        households.signIn(asha);
        ledger.record(LocalDate.now().minusDays(2), new BigDecimal("1"), null);
        ledger.record(LocalDate.now().minusDays(1), new BigDecimal("0"), null);
        ravi = households.register("Ravi " + tag, ZoneId.of("Asia/Kolkata"));
        jdbc.sql("update users set enabled = false, email_verified = false where email = ?").param(ravi).update();
        google = households.register("Gita " + tag, ZoneId.of("Asia/Kolkata"));
        jdbc.sql("update users set password_hash = null where email = ?").param(google).update();
        jdbc.sql("insert into oauth_identities (provider, subject, user_id, email) values ('google', ?, ?, ?)")
                .params(tag, households.id(google), google).update();
        String admin = households.register("Admin " + tag, ZoneId.of("Asia/Kolkata"));
        households.signInAsAdmin(admin);
    }

    @Test
    void search_finds_accounts_by_part_of_the_email_or_the_name_in_any_case() {
        assertThat(emails(new UserFilter(tag.toUpperCase(), null, null, null, null))).hasSize(4);
        assertThat(emails(new UserFilter("asha " + tag, null, null, null, null))).containsExactly(asha);
        assertThat(directory.count(new UserFilter(tag, null, null, null, null))).isEqualTo(4);
    }

    @Test
    void percent_and_underscore_in_a_search_are_plain_characters() {
        assertThat(emails(new UserFilter(tag + "%", null, null, null, null))).isEmpty();
        assertThat(emails(new UserFilter("_" + tag, null, null, null, null))).isEmpty();
    }

    @Test
    void filters_for_enabled_confirmed_sign_in_method_and_admin_narrow_the_list() {
        assertThat(emails(new UserFilter(tag, false, null, null, null))).containsExactly(ravi);
        assertThat(emails(new UserFilter(tag, null, false, null, null))).containsExactly(ravi);
        assertThat(emails(new UserFilter(tag, null, null, SignInMethod.GOOGLE, null))).containsExactly(google);
        assertThat(emails(new UserFilter(tag, null, null, SignInMethod.PASSWORD, null))).hasSize(3)
                .doesNotContain(google);
        assertThat(emails(new UserFilter(tag, null, null, null, true))).hasSize(1).allMatch(e -> e.startsWith("admin"));
        assertThat(directory.count(new UserFilter(tag, true, true, null, false))).isEqualTo(2);
    }

    @Test
    void each_row_counts_entries_and_names_the_sign_in_methods_without_any_amount() {
        UserSummary row = directory.find(new UserFilter("asha " + tag, null, null, null, null), PageRequest.of(0, 5))
                .getFirst();

        assertThat(row.entries()).isEqualTo(2);
        assertThat(row.signInMethods()).containsExactly(SignInMethod.PASSWORD);
        assertThat(row.verified()).isTrue();
        assertThat(row.enabled()).isTrue();
        assertThat(row.admin()).isFalse();
        assertThat(row.lastSignIn()).isNull();
        assertThat(directory.find(new UserFilter("gita " + tag, null, null, null, null), PageRequest.of(0, 5))
                .getFirst().signInMethods()).containsExactly(SignInMethod.GOOGLE);
    }

    @Test
    void sorting_runs_in_the_database_by_any_column_and_pages_do_not_overlap() {
        var byEntries = directory.find(new UserFilter(tag, null, null, null, null),
                PageRequest.of(0, 10, Sort.by(Sort.Order.desc("entries"))));
        assertThat(byEntries.getFirst().email()).isEqualTo(asha);

        var byEmail = PageRequest.of(0, 2, Sort.by("email"));
        List<String> first = emails(new UserFilter(tag, null, null, null, null), byEmail);
        List<String> second = emails(new UserFilter(tag, null, null, null, null), byEmail.next());
        assertThat(first).hasSize(2).isSorted();
        assertThat(second).hasSize(2).isSorted().doesNotContainAnyElementsOf(first);
        assertThat(first.getLast()).isLessThan(second.getFirst());

        for (String column : List.of("name", "verified", "enabled", "admin", "created", "lastSignIn")) {
            assertThat(directory.find(new UserFilter(tag, null, null, null, null),
                    PageRequest.of(0, 10, Sort.by(column)))).as(column).hasSize(4);
        }
    }

    @Test
    void a_sort_key_that_is_not_a_column_is_refused_rather_than_put_into_sql() {
        assertThatThrownBy(() -> directory.find(UserFilter.ALL,
                PageRequest.of(0, 10, Sort.by("password_hash; drop table users"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> emails(UserFilter filter) {
        return emails(filter, PageRequest.of(0, 50));
    }

    private List<String> emails(UserFilter filter, PageRequest page) {
        return directory.find(filter, page).stream().map(UserSummary::email).toList();
    }
}
