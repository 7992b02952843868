package io.milkledger.admin.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.account.AccountAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    Households households;
    @Autowired
    AccountAdministration administration;

    @Test
    void the_log_shows_admin_actions_newest_first_and_the_search_narrows_it() {
        String household = households.register("Kiran", ZoneId.of("Asia/Kolkata"));
        String admin = households.register("Admin", ZoneId.of("Asia/Kolkata"));
        households.signInAsAdmin(admin);
        administration.disable(households.id(household));
        administration.enable(households.id(household));

        AuditLogView view = navigate(AuditLogView.class);
        test(view.search).setValue(household.toUpperCase());

        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getRow(0).action()).isEqualTo("ACCOUNT_ENABLED");
        assertThat(test(view.grid).getRow(1).action()).isEqualTo("ACCOUNT_DISABLED");
        assertThat(test(view.grid).getRow(0).actorEmail()).isEqualTo(admin);

        test(view.search).setValue("no such thing anywhere");
        assertThat(test(view.grid).size()).isZero();
    }
}
