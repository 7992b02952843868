package io.milkledger.admin;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.account.AccountAdministration;
import io.milkledger.legacy.ImportProgress;
import io.milkledger.legacy.LegacyImportService;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every public method of every admin service, called as a household that is not an admin, and as an admin whose
 * session never passed an authenticator code: each is refused by the service itself, and nothing changes. The
 * methods are found by reflection, so a method added later is checked without anyone remembering to.
 */
@IntegrationTest
class AdminAccessTest {

    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDirectory directory;
    @Autowired
    AuditLog auditLog;
    @Autowired
    LegacyImportService legacyImport;
    @Autowired
    Households households;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_household_that_is_not_an_admin_is_refused_every_admin_service_method() throws Exception {
        String victim = households.register("Victim", ZoneId.of("UTC"));
        long victimId = households.id(victim);
        households.registerAndSignIn("Curious");

        List<String> called = callEveryMethod(victimId, victim);

        assertThat(called).hasSizeGreaterThanOrEqualTo(13);
        assertThat(jdbc.sql("select enabled from users where id = ?").param(victimId).query(Boolean.class).single())
                .as("the account is still there and enabled").isTrue();
        assertThat(jdbc.sql("select count(*) from audit_events where target_id = ? and action not like 'SIGN_IN%'")
                .param(victimId).query(Long.class).single()).isZero();
    }

    @Test
    void an_admin_whose_session_passed_no_authenticator_code_is_refused_too() throws Exception {
        String victim = households.register("Victim", ZoneId.of("UTC"));
        String admin = households.registerAndSignIn("Admin without code");
        jdbc.sql("insert into user_roles (user_id, role) values (?, 'ADMIN')").param(households.id(admin)).update();
        households.signIn(admin);

        List<String> called = callEveryMethod(households.id(victim), victim);

        assertThat(called).hasSizeGreaterThanOrEqualTo(13);
    }

    /** Calls each public method of the admin services and fails unless each one is denied; returns their names. */
    private List<String> callEveryMethod(long accountId, String email) throws Exception {
        List<String> called = new ArrayList<>();
        for (Object service : List.of(administration, directory, auditLog, legacyImport)) {
            Class<?> type = AopUtils.getTargetClass(service);
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                Object[] arguments = Arrays.stream(method.getParameterTypes())
                        .map(parameter -> argument(parameter, accountId, email)).toArray();
                try {
                    service.getClass().getMethod(method.getName(), method.getParameterTypes())
                            .invoke(service, arguments);
                    fail(type.getSimpleName() + "." + method.getName() + " let a non-admin in");
                } catch (InvocationTargetException thrown) {
                    assertThat(thrown.getCause()).as(type.getSimpleName() + "." + method.getName())
                            .isInstanceOf(AccessDeniedException.class);
                }
                called.add(type.getSimpleName() + "." + method.getName());
            }
        }
        return called;
    }

    private static Object argument(Class<?> type, long accountId, String email) {
        if (type == long.class) {
            return accountId;
        }
        if (type == String.class) {
            return email;
        }
        if (type == UserFilter.class) {
            return UserFilter.ALL;
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 50);
        }
        if (type == Path.class) {
            return Path.of("old-app.db");
        }
        if (type == ImportProgress.class) {
            return ImportProgress.NONE;
        }
        throw new IllegalArgumentException("no test argument for " + type + "; add one");
    }
}
