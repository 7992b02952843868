package io.milkledger.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.dashboard.ui.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    Households households;

    @Test
    void a_household_sees_no_admin_links() {
        households.registerAndSignIn("Asha");
        navigate(DashboardView.class);

        assertThat(labels()).containsExactly("Dashboard", "Ledger", "Calendar", "Settings", "Account");
        assertThat(paths()).containsExactly("dashboard", "", "calendar", "settings", "account");
    }

    @Test
    void an_admin_sees_the_admin_links() {
        households.signInAsAdmin(households.register("Anita", ZoneId.of("Asia/Kolkata")));
        navigate(DashboardView.class);

        assertThat(labels()).containsExactly("Dashboard", "Ledger", "Calendar", "Settings", "Account", "Admin", "Users",
                "Audit log", "Import old app");
        SideNavItem admin = $(SideNavItem.class).withCondition(item -> "Admin".equals(item.getLabel())).single();
        assertThat(admin.getItems()).extracting(SideNavItem::getPath)
                .containsExactly("admin/users", "admin/audit", "admin/import");
    }

    private List<String> paths() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
    }

    private List<String> labels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
