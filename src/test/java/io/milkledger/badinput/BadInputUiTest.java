package io.milkledger.badinput;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import io.milkledger.Households;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browserless UI test that types bad values where a person would: fields are found by their labels and buttons
 * by their text, as a person finds them. No ERROR line may be logged, and {@link #assertNothingStored()} compares
 * every table with the {@link #remember() remembered} state.
 */
@ExtendWith(NoErrorsLogged.class)
abstract class BadInputUiTest extends SpringBrowserlessTest {

    @Autowired
    Households households;
    @Autowired
    JdbcClient jdbc;

    private Map<String, String> before = Map.of();

    @AfterEach
    void signOut() {
        Households.signOut();
    }

    /** Remembers every table's rows, for {@link #assertNothingStored()}. */
    void remember() {
        before = StoredRows.snapshot(jdbc);
    }

    void assertNothingStored() {
        assertThat(StoredRows.snapshot(jdbc)).as("rows after the bad input").isEqualTo(before);
    }

    <T extends Component> T field(Class<T> type, String label) {
        return $(type).withLabel(label).single();
    }

    Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    void click(String buttonText) {
        test(button(buttonText)).click();
    }

    /** The texts of the notifications on screen, newest last. */
    List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
