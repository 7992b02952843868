package io.milkledger;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.milkledger.security.AdminOnly;
import io.milkledger.security.HouseholdOnly;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.access.prepost.PreAuthorize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering the README's project layout describes, checked on the compiled classes, so a change cannot quietly
 * break it. A lower package offers an extension point (an account-page section, a ledger action, a sign-in
 * customizer) instead of importing the feature above it (docs/decisions/0016-package-structure.md).
 */
@AnalyzeClasses(packages = "io.milkledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices().matching("io.milkledger.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_shell_is_above_every_feature = noClasses()
            .that().resideInAPackage("io.milkledger..").and().resideOutsideOfPackage("io.milkledger.shell..")
            .should().dependOnClassesThat().resideInAPackage("io.milkledger.shell..");

    @ArchTest
    static final ArchRule code_outside_the_views_never_depends_on_a_view = noClasses()
            .that().resideInAPackage("io.milkledger..").and().resideOutsideOfPackage("io.milkledger..ui..")
            .should().dependOnClassesThat().resideInAPackage("io.milkledger..ui..");

    @ArchTest
    static final ArchRule views_reach_the_database_only_through_services = noClasses()
            .that().resideInAPackage("io.milkledger..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
            .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcTemplate.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class);

    @ArchTest
    static void the_access_rules_are_named_once_in_security(JavaClasses classes) {
        List<String> literal = new ArrayList<>();
        for (JavaClass type : classes) {
            if (type.isAnnotation()) {
                continue;
            }
            type.tryGetAnnotationOfType(PreAuthorize.class).filter(ArchitectureTest::isANamedRule)
                    .ifPresent(rule -> literal.add(type.getName() + ": " + rule.value()));
            type.getMethods().forEach(method -> method.tryGetAnnotationOfType(PreAuthorize.class)
                    .filter(ArchitectureTest::isANamedRule)
                    .ifPresent(rule -> literal.add(method.getFullName() + ": " + rule.value())));
        }
        assertThat(literal).as("@PreAuthorize written out where @HouseholdOnly or @AdminOnly says it").isEmpty();
    }

    private static boolean isANamedRule(PreAuthorize rule) {
        return rule.value().equals(HouseholdOnly.RULE) || rule.value().equals(AdminOnly.RULE);
    }

    @ArchTest
    static final ArchRule only_the_application_switches_scheduling_on = noClasses()
            .that().doNotBelongToAnyOf(Application.class)
            .should().beAnnotatedWith(EnableScheduling.class);

    /** Which feature owns each table: only its own classes write SQL that names it. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("users", "account"), Map.entry("user_roles", "account"),
            Map.entry("email_tokens", "account"), Map.entry("oauth_identities", "account"),
            Map.entry("registration_attempts", "account"),
            Map.entry("deliveries", "delivery"), Map.entry("price_periods", "delivery"),
            Map.entry("away_periods", "delivery"), Map.entry("fills", "delivery"),
            Map.entry("sign_in_attempts", "security"),
            Map.entry("two_factor", "twofactor"), Map.entry("two_factor_recovery_codes", "twofactor"),
            Map.entry("two_factor_wrong_codes", "twofactor"),
            Map.entry("audit_events", "admin"), Map.entry("api_tokens", "token"));

    /** The classes that run SQL on another feature's tables on purpose, each with why. */
    private static final Map<String, String> RECORDED_EXCEPTIONS = Map.of(
            "io.milkledger.legacy.LedgerWriter",
            "the old app's import writes accounts, prices, identities and entries as a migration would, keeping "
                    + "each entry's old amount exactly, which no service that prices a day stores (decision 0013)",
            "io.milkledger.admin.UserDirectory",
            "the users page filters, sorts and pages every account with its count of entries (never their "
                    + "contents) in one query; counting per account through services is a query per row (0015)");

    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)");

    @ArchTest
    static void a_features_tables_are_read_and_written_by_that_feature(JavaClasses classes) {
        List<String> trespasses = new ArrayList<>();
        for (JavaClass type : classes) {
            String feature = feature(type);
            String outer = type.getName().replaceAll("\\$.*", "");
            if (feature == null || RECORDED_EXCEPTIONS.containsKey(outer)) {
                continue;
            }
            Set<String> foreign = new TreeSet<>();
            Matcher sql = TABLE.matcher(constants(type));
            while (sql.find()) {
                String owner = OWNERS.get(sql.group(1).toLowerCase());
                if (owner != null && !owner.equals(feature)) {
                    foreign.add(sql.group(1).toLowerCase() + " (" + owner + ")");
                }
            }
            if (!foreign.isEmpty()) {
                trespasses.add(type.getName() + " runs SQL on " + String.join(", ", foreign));
            }
        }
        assertThat(trespasses).as("classes that run SQL on another feature's tables").isEmpty();
    }

    private static String feature(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : null;
    }

    /** The class file's text, where its string constants (the SQL among them) are, as far as they are ASCII. */
    private static String constants(JavaClass type) {
        String file = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = ArchitectureTest.class.getResourceAsStream(file)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
