package io.milkledger.dashboard.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.delivery.LedgerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    Households households;
    @Autowired
    LedgerService ledger;

    @BeforeEach
    void signIn() {
        households.registerAndSignIn("Dash");
    }

    @Test
    void a_new_household_gets_an_empty_state_instead_of_empty_charts() {
        DashboardView view = navigate(DashboardView.class);

        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.emptyState.getText()).contains("No deliveries recorded yet");
        assertThat(view.trend.getParent()).get().satisfies(content -> assertThat(content.isVisible()).isFalse());
        assertThat(view.glance.thisMonth.getText()).isEqualTo("₹0.00");
    }

    @Test
    void recorded_months_show_in_the_glance_the_trend_and_the_month_over_month_table() {
        YearMonth lastMonth = YearMonth.now(ZoneId.of("Asia/Kolkata")).minusMonths(1);
        ledger.record(lastMonth.atDay(1), new BigDecimal("2"), null);
        ledger.record(LocalDate.now(ZoneId.of("Asia/Kolkata")), BigDecimal.ONE, null);

        DashboardView view = navigate(DashboardView.class);

        assertThat(view.emptyState.isVisible()).isFalse();
        assertThat(view.glance.lastMonth.getText()).isEqualTo("₹100.00");
        assertThat(view.glance.thisMonth.getText()).isEqualTo("₹50.00");
        assertThat(test(view.changes).size()).isEqualTo(12);
        assertThat(test(view.changes).getCellText(0, 4)).isEqualTo("−₹50.00: +₹0.00 price, −₹50.00 less milk");
        assertThat(view.trend.getElement().getPropertyRaw("config").toString()).contains("\"Amount\"", "100");
    }

    @Test
    void switching_to_24_months_redraws_the_trend() {
        ledger.record(LocalDate.now(ZoneId.of("Asia/Kolkata")), BigDecimal.ONE, null);
        DashboardView view = navigate(DashboardView.class);

        test(view.period).selectItem("24 months");

        assertThat(test(view.changes).size()).isEqualTo(24);
    }
}
