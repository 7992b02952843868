package io.milkledger.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

    @Test
    void postgres_url_with_encoded_credentials_is_mapped() {
        var url = DatabaseUrl.parse("postgres://milk%40home:p%3As%2Fw%20rd+x@db.example.com:6543/ledger");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/ledger");
        assertThat(url.username()).isEqualTo("milk@home");
        assertThat(url.password()).isEqualTo("p:s/w rd+x");
    }

    @Test
    void railway_url_with_sslmode_keeps_its_query_parameters() {
        var url = DatabaseUrl.parse(
                "postgresql://postgres:Xy9@postgres.railway.internal:5432/railway?sslmode=require&application_name=milk");

        assertThat(url.jdbcUrl())
                .isEqualTo("jdbc:postgresql://postgres.railway.internal:5432/railway?sslmode=require&application_name=milk");
        assertThat(url.username()).isEqualTo("postgres");
        assertThat(url.password()).isEqualTo("Xy9");
    }

    @Test
    void port_defaults_to_5432() {
        assertThat(DatabaseUrl.parse("postgres://u:p@host/db").jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/db");
    }

    @Test
    void password_is_split_from_the_user_name_at_the_first_colon_only() {
        var url = DatabaseUrl.parse("postgres://user:pa:ss@host/db");

        assertThat(url.username()).isEqualTo("user");
        assertThat(url.password()).isEqualTo("pa:ss");
    }

    @Test
    void encoded_colon_belongs_to_the_user_name() {
        var url = DatabaseUrl.parse("postgres://us%3Aer:pw@host/db");

        assertThat(url.username()).isEqualTo("us:er");
        assertThat(url.password()).isEqualTo("pw");
    }

    @Test
    void unencoded_at_sign_in_the_password_is_tolerated() {
        var url = DatabaseUrl.parse("postgres://user:p@ss@host/db");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/db");
        assertThat(url.password()).isEqualTo("p@ss");
    }

    @Test
    void jdbc_url_with_user_info_moves_the_credentials_out_of_the_url() {
        var url = DatabaseUrl.parse("jdbc:postgresql://app:s%26cret@10.0.0.5:5433/milk?sslmode=verify-full");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://10.0.0.5:5433/milk?sslmode=verify-full");
        assertThat(url.username()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s&cret");
    }

    @Test
    void jdbc_url_without_user_info_keeps_its_parameters() {
        var url = DatabaseUrl.parse("jdbc:postgresql://host/milk?user=app&password=secret");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/milk?user=app&password=secret");
        assertThat(url.username()).isNull();
        assertThat(url.password()).isNull();
    }

    @Test
    void user_without_password_has_no_password() {
        var url = DatabaseUrl.parse("postgres://milk@host/db");

        assertThat(url.username()).isEqualTo("milk");
        assertThat(url.password()).isNull();
    }

    @Test
    void ipv6_host_keeps_its_brackets() {
        assertThat(DatabaseUrl.parse("postgres://u:p@[2001:db8::1]:5433/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[2001:db8::1]:5433/db");
        assertThat(DatabaseUrl.parse("postgres://u:p@[::1]/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5432/db");
    }

    @Test
    void scheme_case_and_surrounding_whitespace_do_not_matter() {
        assertThat(DatabaseUrl.parse("  POSTGRES://u:p@host/db\n").jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/db");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "mysql://u:p@host/db", "host:5432/db", "postgres:///db", "postgres://u:p@:5432/db",
            "postgres://u:p@host:5432", "postgres://u:p@host:5432/", "postgres://u:p@host/db/extra",
            "postgres://u:p@host:abc/db", "postgres://u:p@host:70000/db", "postgres://u:p@host:0/db",
            "postgres://u:p@host:/db", "postgres://u:p@[::1/db", "postgres://u:p@ho st/db",
            "postgres://u:p%zz@host/db", "jdbc:mysql://host/db"})
    void bad_values_are_rejected_with_the_expected_form(String value) {
        assertThatThrownBy(() -> DatabaseUrl.parse(value))
                .isInstanceOf(InvalidDatabaseUrlException.class)
                .hasMessageStartingWith("DATABASE_URL must look like postgres://user:password@host:5432/database, but ");
    }

    @Test
    void rejection_names_the_reason_and_masks_the_password() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://user:hunter2@host:abc/db"))
                .hasMessage("DATABASE_URL must look like postgres://user:password@host:5432/database,"
                        + " but its port is not a number from 1 to 65535 (got: postgres://user:****@host:abc/db).");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mysql://u:hunter2@host/db", "postgres://u:hunter2@host:x/db", "postgres://u:hun@ter2@host/db/x",
            "postgres://u:hun/ter2@host/db", "postgres://u:hunter2%@host/db",
            "jdbc:postgresql://host:x/db?ssl=true&password=hunter2", "u:hunter2@host"})
    void the_password_never_appears_in_a_message(String value) {
        assertThatThrownBy(() -> DatabaseUrl.parse(value))
                .isInstanceOf(InvalidDatabaseUrlException.class)
                .message().doesNotContain("hunter2", "hun", "ter2");
    }

    @Test
    void to_string_hides_the_password() {
        assertThat(DatabaseUrl.parse("postgres://u:hunter2@host/db").toString())
                .doesNotContain("hunter2")
                .contains("jdbc:postgresql://host:5432/db", "username=u");
    }
}
