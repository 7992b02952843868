package io.milkledger.account;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.base.InvalidInputException;
import io.milkledger.delivery.LedgerService;
import io.milkledger.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AccountServiceTest {

    private static final String NEW_PASSWORD = "a new jug of buffalo milk";

    @Autowired
    AccountService accounts;
    @Autowired
    LedgerService ledger;
    @Autowired
    Households households;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuthenticationConfiguration security;

    private String email;

    @BeforeEach
    void signIn() {
        email = households.registerAndSignIn("Kavya");
    }

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_household_renames_itself_and_the_session_greets_the_new_name() {
        accounts.rename("  Kavya Iyer ");

        assertThat(accounts.settings().displayName()).isEqualTo("Kavya Iyer");
        assertThat(CurrentUser.get()).get().extracting(user -> user.displayName()).isEqualTo("Kavya Iyer");
        assertThatThrownBy(() -> accounts.rename(" ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_password_change_needs_the_current_password_and_a_strong_new_one() throws Exception {
        assertThatThrownBy(() -> accounts.changePassword("not my password", NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> accounts.changePassword(Households.PASSWORD, "password1234", "password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThatThrownBy(() -> accounts.changePassword(Households.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("confirmPassword"));

        accounts.changePassword(Households.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        AuthenticationManager manager = security.getAuthenticationManager();
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, NEW_PASSWORD))
                .isAuthenticated()).isTrue();
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, Households.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_password_change_ends_the_households_other_sessions_but_not_this_one() {
        MockHttpSession thisDevice = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(thisDevice);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        Object principal = CurrentUser.get().orElseThrow();
        sessions.registerNewSession(thisDevice.getId(), principal);
        sessions.registerNewSession("phone-" + email, principal);

        accounts.changePassword(Households.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(sessions.getSessionInformation("phone-" + email).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(thisDevice.getId()).isExpired()).isFalse();
    }

    @Test
    void deleting_the_account_needs_its_email_and_password_and_removes_every_row_it_owns() {
        ledger.record(LocalDate.of(2025, 3, 1), BigDecimal.ONE, null);
        long id = accounts.settings().accountId();

        assertThatThrownBy(() -> accounts.deleteAccount("someone@example.com", Households.PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("Type your email"));
        assertThatThrownBy(() -> accounts.deleteAccount(email, "not the password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("deletePassword");
                    assertThat(e.getMessage()).isEqualTo("That is not your password.");
                });
        assertThatThrownBy(() -> accounts.deleteAccount(email, "")).isInstanceOf(InvalidInputException.class);
        assertThat(accounts.settings().accountId()).isEqualTo(id);
        accounts.deleteAccount(email.toUpperCase(), Households.PASSWORD);

        for (String table : new String[] {"users", "deliveries", "price_periods", "user_roles"}) {
            String column = table.equals("users") ? "id" : table.equals("user_roles") ? "user_id" : "owner_id";
            assertThat(jdbc.sql("select count(*) from " + table + " where " + column + " = :id").param("id", id)
                    .query(Long.class).single()).as(table).isZero();
        }
    }
}
