package io.milkledger.legacy;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.account.RegistrationService;
import io.milkledger.account.Registration;
import io.milkledger.delivery.LedgerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

import javax.sql.DataSource;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LegacyImportTest {

    // the test vectors of WerkzeugPasswordEncoderTest and LegacyPasswordSignInTest
    static final String PASSWORD = "dūdh-wālā 2025";
    static final String SCRYPT = "scrypt:32768:8:1$k9QZrT2mXw8LpB4v$f09efbb073cffe16c4b07dd58ec76428"
            + "00252678e3329abf30da834efc57cf15a6adc4b7b12613db61814f3a02b0090f21803e738fe536ab4b0a682031b43834";
    static final String PBKDF2 = "pbkdf2:sha256:600000$T3mXq9Lw2ZpR8vBk$"
            + "c489de199d4d25f3773ffc95ae72d60a212654b43c63218339f4d573d1270063";
    static final String PBKDF2_SHA1 = "pbkdf2:sha1:1000$Salz-ü+/=9Kq$0f72fb0c0a64b24c52b5f19fa5071ce03e1bd74b";
    static final String CHAI = "chai at six";

    @Autowired
    LegacyImportService imports;
    @Autowired
    LegacyImporter importer;
    @Autowired
    Households households;
    @Autowired
    RegistrationService registrations;
    @Autowired
    LedgerService ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    AuthenticationConfiguration security;

    @TempDir
    Path folder;

    @BeforeEach
    void signInAsAdmin() {
        String admin = households.register("Admin", ZoneId.of("Asia/Kolkata"));
        households.signInAsAdmin(admin);
    }

    @Test
    void households_of_a_file_with_settings_arrive_with_their_passwords_prices_identities_and_days() throws Exception {
        String asha = unique("asha");
        String bala = unique("bala");
        String chitra = unique("chitra");
        Path file = folder.resolve("milk-calculation.db");
        try (OldAppDatabase old = OldAppDatabase.sqlite(file, true)) {
            old.user(1, asha.toUpperCase(), SCRYPT, null, null, true, 60.5, "EUR")
                    .user(2, bala, PBKDF2_SHA1, null, null, true, null, null)
                    .user(3, chitra, null, "github", "gh-" + chitra, true, 42.0, "JPY")
                    .milk(1, "01-10-2025", 0.5, 30.25, "10-2025", 1)
                    .milk(2, "02-10-2025", 0.1 + 0.2, 0.1 + 0.2, "10-2025", 1)
                    .milk(3, "03-10-2025", 0.0, 0.0, "10-2025", 1)
                    .milk(4, "01-11-2025", 1.5, 90.75, "11-2025", 1)
                    .milk(5, "01-10-2025", 0.75, 37.5, "10-2025", 2)
                    .milk(6, "01-10-2025", 1.0, 42.0, "10-2025", 3)
                    .milk(7, "02-10-2025", 0.7, 29.4, "10-2025", 3);
        }

        ImportReport report = imports.importFile(file, ImportProgress.NONE);

        assertThat(report.households()).extracting(HouseholdReport::outcome)
                .containsOnly(HouseholdReport.Outcome.NEW_ACCOUNT);
        assertThat(report.added()).isEqualTo(7);
        assertThat(report.skipped()).isZero();
        assertThat(report.monthsMatch()).isTrue();
        assertThat(report.households().getFirst().months()).containsExactly(
                new MonthCheck(YearMonth.of(2025, 10), new BigDecimal("30.55"), new BigDecimal("30.55")),
                new MonthCheck(YearMonth.of(2025, 11), new BigDecimal("90.75"), new BigDecimal("90.75")));

        assertThat(signsIn(asha, PASSWORD)).isTrue();
        assertThat(signsIn(bala, CHAI)).isTrue();
        assertThat(account(asha)).containsEntry("currency", "EUR").containsEntry("email_verified", true);
        assertThat(price(asha)).isEqualByComparingTo("60.5");
        assertThat(account(bala)).containsEntry("currency", "INR");
        assertThat(price(bala)).isEqualByComparingTo("50");
        assertThat(account(chitra)).containsEntry("password_hash", null).containsEntry("currency", "JPY");
        assertThat(jdbc.sql("select provider || ':' || subject from oauth_identities where user_id = ?")
                .param(id(chitra)).query(String.class).list()).containsExactly("github:gh-" + chitra);

        assertThat(days(asha)).containsExactly(
                "2025-10-01 0.500 60.5000 30.250 EUR",
                "2025-10-02 0.300 1.0000 0.300 EUR",
                "2025-10-03 0.000 60.5000 0.000 EUR",
                "2025-11-01 1.500 60.5000 90.750 EUR");
        assertThat(days(chitra)).containsExactly(
                "2025-10-01 1.000 42.0000 42.000 JPY",
                "2025-10-02 0.700 41.4286 29.000 JPY");
    }

    @Test
    void a_tampered_file_plants_no_password_its_author_knows() throws Exception {
        String noop = unique("noop");
        String md5 = unique("md5");
        String bcrypt = unique("bcrypt");
        Path file = folder.resolve("milk-calculation.db");
        try (OldAppDatabase old = OldAppDatabase.sqlite(file, true)) {
            old.user(1, noop, "{noop}known to the author", null, null, true, 50.0, "INR")
                    .user(2, md5, "{MD5}" + "5f4dcc3b5aa765d61d8327deb882cf99", null, null, true, 50.0, "INR")
                    // a well-formed bcrypt hash of "password": not what the old app writes either
                    .user(3, bcrypt, "{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG",
                            null, null, true, 50.0, "INR");
        }

        ImportReport report = imports.importFile(file, ImportProgress.NONE);

        assertThat(report.households()).hasSize(3).allSatisfy(household -> {
            assertThat(household.outcome()).isEqualTo(HouseholdReport.Outcome.NEW_ACCOUNT);
            assertThat(household.notes()).singleElement().asString()
                    .contains("password hash is not one the old app writes", "imported without a password");
        });
        for (String email : List.of(noop, md5, bcrypt)) {
            assertThat(account(email)).containsEntry("password_hash", null);
        }
        assertThat(signsIn(noop, "known to the author")).isFalse();
        assertThat(signsIn(md5, "password")).isFalse();
        assertThat(signsIn(bcrypt, "password")).isFalse();
    }

    @Test
    void an_early_file_without_settings_columns_gets_rupees_and_the_old_default_price() throws Exception {
        String dev = unique("dev");
        Path file = folder.resolve("early.db");
        try (OldAppDatabase old = OldAppDatabase.sqlite(file, false)) {
            old.user(7, dev, PBKDF2, true).milk(1, "05-03-2024", 2.0, 100.0, "03-2024", 7);
        }

        ImportReport report = imports.importFile(file, ImportProgress.NONE);

        assertThat(report.added()).isEqualTo(1);
        assertThat(account(dev)).containsEntry("currency", "INR");
        assertThat(price(dev)).isEqualByComparingTo("50");
        assertThat(signsIn(dev, PASSWORD)).isTrue();
        assertThat(days(dev)).containsExactly("2024-03-05 2.000 50.0000 100.000 INR");
    }

    @Test
    void the_old_apps_postgresql_database_imports_the_same_way() throws Exception {
        String database = "old_app_" + UUID.randomUUID().toString().replace("-", "");
        String jdbcUrl;
        String user;
        try (Connection connection = dataSource.getConnection()) {
            jdbcUrl = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
            connection.setAutoCommit(true);
            connection.createStatement().execute("create database " + database);
        }
        String serverUrl = jdbcUrl.replaceFirst("^jdbc:postgresql://([^/]+)/.*$", "$1");
        String esha = unique("esha");
        String farid = unique("farid");
        try (OldAppDatabase old = OldAppDatabase.postgres("jdbc:postgresql://" + serverUrl + "/" + database, user,
                true)) {
            old.user(1, esha, SCRYPT, null, null, true, 55.0, "INR")
                    .user(2, farid, PBKDF2, "google", "google-" + farid, true, null, null)
                    .milk(1, "01-10-2025", 0.5, 27.5, "10-2025", 1)
                    .milk(2, "02-10-2025", 0.0, 0.0, "10-2025", 1)
                    .milk(3, "31-10-2025", 1.0, 50.0, "10-2025", 2);
        }

        ImportReport report = importer.run(LegacySource.postgres("postgres://" + user + "@" + serverUrl + "/"
                + database), false, ImportProgress.NONE);

        assertThat(report.added()).isEqualTo(3);
        assertThat(report.monthsMatch()).isTrue();
        assertThat(signsIn(esha, PASSWORD)).isTrue();
        assertThat(signsIn(farid, PASSWORD)).isTrue();
        assertThat(price(esha)).isEqualByComparingTo("55");
        assertThat(days(esha)).containsExactly("2025-10-01 0.500 55.0000 27.500 INR",
                "2025-10-02 0.000 55.0000 0.000 INR");
        assertThat(jdbc.sql("select count(*) from oauth_identities where provider = 'google' and user_id = ?")
                .param(id(farid)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_shipped_database_arrives_whole_and_its_months_equal_the_old_apps_sums_of_cost() throws Exception {
        String email = "abhishekmitra91@gmail.com";
        jdbc.sql("delete from users where email = ?").param(email).update();
        Path file = folder.resolve("milk-calculation.db");
        try (InputStream in = getClass().getResourceAsStream("/legacy/milk-calculation.db")) {
            Files.copy(in, file);
        }

        ImportReport report = imports.importFile(file, ImportProgress.NONE);

        assertThat(report.skipped()).isZero();
        assertThat(report.added()).isEqualTo(45);
        assertThat(report.households()).singleElement().satisfies(household -> {
            assertThat(household.outcome()).isEqualTo(HouseholdReport.Outcome.NEW_ACCOUNT);
            assertThat(household.months()).containsExactly(
                    new MonthCheck(YearMonth.of(2025, 10), new BigDecimal("450.00"), new BigDecimal("450.00")),
                    new MonthCheck(YearMonth.of(2025, 11), new BigDecimal("275.00"), new BigDecimal("275.00")));
        });
        assertThat(jdbc.sql("select count(*) from deliveries where owner_id = ?").param(id(email))
                .query(Long.class).single()).isEqualTo(45);
        assertThat(jdbc.sql("select password_hash from users where email = ?").param(email).query(String.class)
                .single()).startsWith("scrypt:32768:8:1$k1gst4mTHrEPnud0$");
        assertThat(jdbc.sql("select count(*) from deliveries where owner_id = ? and litres = 0").param(id(email))
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select detail from audit_events where action = 'LEGACY_IMPORT' order by id desc limit 1")
                .query(String.class).single()).contains("1 household, 45 entries added");
    }

    @Test
    void a_dry_run_reports_what_it_would_do_and_writes_nothing() throws Exception {
        String gita = unique("gita");
        Path file = folder.resolve("dry.db");
        try (OldAppDatabase old = OldAppDatabase.sqlite(file, true)) {
            old.user(1, gita, SCRYPT, null, null, true, 50.0, "INR")
                    .milk(1, "01-10-2025", 0.5, 25.0, "10-2025", 1)
                    .milk(2, "02-10-2025", 0.5, 25.0, "10-2025", 1)
                    .milk(3, "31-02-2025", 0.5, 25.0, "02-2025", 1);
        }
        Map<String, Long> before = tableSizes();

        ImportReport report = imports.dryRun(file);

        assertThat(tableSizes()).isEqualTo(before);
        assertThat(report.dryRun()).isTrue();
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.households()).singleElement().satisfies(household -> {
            assertThat(household.outcome()).isEqualTo(HouseholdReport.Outcome.NEW_ACCOUNT);
            assertThat(household.months()).contains(
                    new MonthCheck(YearMonth.of(2025, 10), new BigDecimal("50.00"), new BigDecimal("50.00")));
            assertThat(household.skipped()).extracting(SkippedRow::reason)
                    .containsExactly("date '31-02-2025' is not a day written DD-MM-YYYY");
        });
        assertThat(report.text()).contains("Dry run: nothing was written", gita, "entries to add: 2",
                "Oct 2025: old app 50.00, Milk Ledger 50.00  ok", "skipped milk #3");
    }

    @Test
    void a_second_run_adds_nothing_and_changes_nothing() throws Exception {
        String hari = unique("hari");
        Path file = folder.resolve("twice.db");
        try (OldAppDatabase old = OldAppDatabase.sqlite(file, true)) {
            old.user(1, hari, SCRYPT, "google", "google-" + hari, true, 50.0, "INR")
                    .milk(1, "01-10-2025", 0.5, 25.0, "10-2025", 1)
                    .milk(2, "02-10-2025", 1.0, 50.0, "10-2025", 1);
        }
        imports.importFile(file, ImportProgress.NONE);
        List<Map<String, Object>> rows = everything(hari);

        ImportReport again = imports.importFile(file, ImportProgress.NONE);

        assertThat(again.added()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(2);
        assertThat(again.households()).singleElement().satisfies(household -> {
            assertThat(household.outcome()).isEqualTo(HouseholdReport.Outcome.EXISTING_ACCOUNT);
            assertThat(household.notes()).isEmpty();
        });
        assertThat(again.monthsMatch()).isTrue();
        assertThat(everything(hari)).isEqualTo(rows);
    }

    @Test
    void an_account_that_already_exists_only_gets_the_days_it_lacks() throws Exception {
        String ila = households.register("Ila", ZoneId.of("Asia/Kolkata"));
        households.signIn(ila);
        ledger.record(LocalDate.of(2025, 10, 1), new BigDecimal("2"), "mine");
        List<Map<String, Object>> before = everything(ila);
        signInAsAdmin();
        Path file = folder.resolve("existing.db");
        try (OldAppDatabase old = OldAppDatabase.sqlite(file, true)) {
            old.user(1, ila.toUpperCase(), SCRYPT, null, null, false, 70.0, "INR")
                    .milk(1, "01-10-2025", 0.5, 35.0, "10-2025", 1)
                    .milk(2, "02-10-2025", 0.5, 35.0, "10-2025", 1);
        }

        ImportReport report = imports.importFile(file, ImportProgress.NONE);

        assertThat(report.households()).singleElement().satisfies(household -> {
            assertThat(household.outcome()).isEqualTo(HouseholdReport.Outcome.EXISTING_ACCOUNT);
            assertThat(household.added()).isEqualTo(1);
            assertThat(household.alreadyThere()).isEqualTo(1);
        });
        List<Map<String, Object>> after = everything(ila);
        assertThat(after.getFirst()).as("account and price untouched").isEqualTo(before.getFirst());
        assertThat(signsIn(ila, Households.PASSWORD)).isTrue();
        assertThat(signsIn(ila, PASSWORD)).isFalse();
        assertThat(days(ila)).containsExactly("2025-10-01 2.000 50.0000 100.000 INR",
                "2025-10-02 0.500 70.0000 35.000 INR");
    }

    @Test
    void other_households_data_is_left_alone() throws Exception {
        String jaya = households.register("Jaya", ZoneId.of("Asia/Kolkata"));
        households.signIn(jaya);
        ledger.record(LocalDate.of(2025, 10, 1), new BigDecimal("1.5"), null);
        List<Map<String, Object>> before = everything(jaya);
        signInAsAdmin();
        Path file = folder.resolve("others.db");
        try (OldAppDatabase old = OldAppDatabase.sqlite(file, false)) {
            old.user(1, unique("kiran"), SCRYPT, true).milk(1, "01-10-2025", 0.5, 25.0, "10-2025", 1);
        }

        imports.importFile(file, ImportProgress.NONE);

        assertThat(everything(jaya)).isEqualTo(before);
    }

    @Test
    void rows_that_cannot_be_taken_are_reported_with_their_reason_and_skipped() throws Exception {
        String lata = unique("lata");
        Path file = folder.resolve("bad-rows.db");
        try (OldAppDatabase old = OldAppDatabase.sqlite(file, true)) {
            old.user(1, lata, SCRYPT, null, null, true, 50.0, "INR")
                    .milk(1, "31-02-2025", 0.5, 25.0, "02-2025", 1)
                    .milk(2, "01-03-2025", -1.0, 0.0, "03-2025", 1)
                    .milk(3, "02-03-2025", 0.5, 25.0, "03-2025", 99)
                    .milk(4, "03-03-2025", 0.5, 25.0, "03-2025", 1)
                    .milk(5, "03-03-2025", 1.0, 50.0, "03-2025", 1)
                    .milk(6, "04-03-2025", "half", 25.0, "03-2025", 1)
                    .milk(7, "05-03-2025", 0.5, "twenty five", "03-2025", 1)
                    .milk(8, "2025-03-06", 0.5, 25.0, "03-2025", 1);
        }

        ImportReport report = imports.importFile(file, ImportProgress.NONE);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.unattached()).containsExactly(
                new SkippedRow("milk #3", "user id '99' is not in the user table"));
        assertThat(report.households().getFirst().skipped()).containsExactly(
                new SkippedRow("milk #1", "date '31-02-2025' is not a day written DD-MM-YYYY"),
                new SkippedRow("milk #2", "Litres can't be negative; 0 records a day without milk."),
                new SkippedRow("milk #5", "milk #4 of this user has the same date 03-03-2025"),
                new SkippedRow("milk #6", "quantity 'half' is not a number"),
                new SkippedRow("milk #7", "cost 'twenty five' is not a number"),
                new SkippedRow("milk #8", "date '2025-03-06' is not a day written DD-MM-YYYY"));
        assertThat(report.monthsMatch()).as("the skipped rows' costs are missing").isFalse();
        assertThat(report.text()).contains("DIFFERS");
        assertThat(days(lata)).containsExactly("2025-03-03 0.500 50.0000 25.000 INR");
    }

    @Test
    void files_that_are_not_the_old_apps_database_are_refused_and_nothing_is_imported() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.db"));
        Path text = Files.writeString(folder.resolve("notes.db"), "milk: 1 litre every day\n");
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(junk);
        Path noise = Files.write(folder.resolve("junk.db"), junk);
        Path otherSqlite = folder.resolve("other.db");
        try (Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + otherSqlite)) {
            connection.createStatement().execute("create table notes (id integer primary key, text varchar(20))");
        }
        Map<String, Long> before = tableSizes();

        assertThatThrownBy(() -> imports.dryRun(folder.resolve("missing.db")))
                .isInstanceOf(LegacyImportException.class).hasMessageContaining("There is no file");
        assertThatThrownBy(() -> imports.importFile(empty, ImportProgress.NONE))
                .isInstanceOf(LegacyImportException.class).hasMessage("The file empty.db is empty; it is not the "
                        + "old app's database.");
        assertThatThrownBy(() -> imports.importFile(text, ImportProgress.NONE))
                .isInstanceOf(LegacyImportException.class).hasMessageStartingWith("The file notes.db is not a SQLite "
                        + "database");
        assertThatThrownBy(() -> imports.importFile(noise, ImportProgress.NONE))
                .isInstanceOf(LegacyImportException.class).hasMessageStartingWith("The file junk.db is not a SQLite "
                        + "database");
        assertThatThrownBy(() -> imports.importFile(otherSqlite, ImportProgress.NONE))
                .isInstanceOf(LegacyImportException.class).hasMessage("The database has no table 'user'; it is not "
                        + "the old app's database.");
        assertThat(tableSizes()).isEqualTo(before);
    }

    @Test
    void registering_and_recording_work_as_usual_after_an_import() throws Exception {
        Path file = folder.resolve("then-register.db");
        try (OldAppDatabase old = OldAppDatabase.sqlite(file, false)) {
            old.user(5000, unique("mala"), SCRYPT, true).milk(9000, "01-10-2025", 0.5, 25.0, "10-2025", 5000);
        }
        imports.importFile(file, ImportProgress.NONE);
        long highest = jdbc.sql("select max(id) from users").query(Long.class).single();

        String nina = unique("nina");
        registrations.register(new Registration("Nina", nina, Households.PASSWORD, Households.PASSWORD,
                ZoneId.of("Asia/Kolkata")));
        jdbc.sql("update users set email_verified = true where email = ?").param(nina).update();
        long id = households.id(nina);
        households.signIn(nina);
        var entry = ledger.record(LocalDate.of(2025, 10, 1), new BigDecimal("1"), null);

        assertThat(id).isGreaterThan(highest).isLessThan(5000);
        assertThat(entry.amount()).isEqualByComparingTo("50");
        assertThat(entry.id()).isLessThan(9000);
    }

    @Test
    void a_household_that_is_not_an_admin_cannot_import() throws Exception {
        households.registerAndSignIn("Omana");
        Path file = folder.resolve("refused.db");
        try (OldAppDatabase old = OldAppDatabase.sqlite(file, false)) {
            old.user(1, unique("omana"), SCRYPT, true);
        }

        assertThatThrownBy(() -> imports.dryRun(file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importFile(file, ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.com";
    }

    private boolean signsIn(String email, String password) {
        AuthenticationManager authentication;
        try {
            authentication = security.getAuthenticationManager();
            return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                    .isAuthenticated();
        } catch (org.springframework.security.core.AuthenticationException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long id(String email) {
        return jdbc.sql("select id from users where email = ?").param(email.toLowerCase()).query(Long.class).single();
    }

    private Map<String, Object> account(String email) {
        return jdbc.sql("select email, password_hash, currency, email_verified from users where email = ?")
                .param(email.toLowerCase()).query().singleRow();
    }

    private BigDecimal price(String email) {
        return jdbc.sql("select price_per_litre from price_periods where owner_id = ? and effective_from = ?")
                .params(id(email), LocalDate.of(2000, 1, 1)).query(BigDecimal.class).single();
    }

    private List<String> days(String email) {
        return jdbc.sql("""
                        select delivery_date || ' ' || litres || ' ' || unit_price || ' ' || amount || ' ' || currency
                        from deliveries where owner_id = ? order by delivery_date""")
                .param(id(email)).query(String.class).list();
    }

    /** Every row the account owns, as stored. */
    private List<Map<String, Object>> everything(String email) {
        long id = id(email);
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        rows.add(jdbc.sql("select u.*, (select string_agg(p.id || ' ' || p.price_per_litre || ' ' || p.currency, ',')"
                + " from price_periods p where p.owner_id = u.id) as prices from users u where id = ?")
                .param(id).query().singleRow());
        rows.addAll(jdbc.sql("select * from deliveries where owner_id = ? order by id").param(id).query().listOfRows());
        rows.addAll(jdbc.sql("select * from oauth_identities where user_id = ? order by id").param(id).query()
                .listOfRows());
        return rows;
    }

    private Map<String, Long> tableSizes() {
        return Map.of(
                "users", count("users"), "user_roles", count("user_roles"), "price_periods", count("price_periods"),
                "deliveries", count("deliveries"), "oauth_identities", count("oauth_identities"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

}
