package io.milkledger.badinput;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.milkledger.IntegrationTest;
import io.milkledger.account.AccountService;
import io.milkledger.delivery.LedgerEntry;
import io.milkledger.delivery.LedgerService;
import io.milkledger.delivery.ui.LedgerView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's add row: bad notes and litres are refused at their field, and nothing is recorded. */
@IntegrationTest
class LedgerBadInputTest extends BadInputUiTest {

    @Autowired
    AccountService accounts;
    @Autowired
    LedgerService ledger;

    private TextField note;
    private BigDecimalField litres;

    @BeforeEach
    void openTheLedger() {
        households.registerAndSignIn("Lata");
        navigate(LedgerView.class);
        note = field(TextField.class, "Note");
        litres = field(BigDecimalField.class, "Litres");
        remember();
    }

    private LedgerEntry theOnlyEntry() {
        return ledger.entries(YearMonth.from(accounts.today()), Pageable.unpaged()).getFirst();
    }

    static java.util.stream.Stream<org.junit.jupiter.api.Named<String>> unusableText() {
        return BadValues.unusableText();
    }

    static java.util.stream.Stream<org.junit.jupiter.api.Named<String>> harmlessText() {
        return BadValues.harmlessText();
    }

    static java.util.stream.Stream<org.junit.jupiter.api.Named<String>> notNumbers() {
        return BadValues.notNumbers();
    }

    static java.util.stream.Stream<org.junit.jupiter.api.Named<String>> blank() {
        return BadValues.blank();
    }

    @ParameterizedTest(name = "a note with {0} is refused at the note field and nothing is recorded")
    @MethodSource("unusableText")
    void a_note_that_cannot_be_kept_is_refused(String text) {
        test(note).setValue(text);
        click("Add");

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isNotBlank().doesNotContain("already has an entry");
        assertNothingStored();
    }

    @ParameterizedTest(name = "a note with {0} is kept exactly as typed, as text")
    @MethodSource("harmlessText")
    void a_note_that_only_looks_dangerous_is_kept_as_text(String text) {
        test(note).setValue(text);
        click("Add");

        assertThat(note.isInvalid()).isFalse();
        LedgerEntry entry = theOnlyEntry();
        assertThat(entry.note()).isEqualTo(text);
        assertThat(test($(Grid.class).single()).getCellText(0, 4)).isEqualTo(text);
    }

    @ParameterizedTest(name = "a note of {0} records the day without a note")
    @MethodSource("blank")
    void a_blank_note_is_no_note(String text) {
        test(note).setValue(text);
        click("Add");

        LedgerEntry entry = theOnlyEntry();
        assertThat(entry.note()).isNull();
    }

    @ParameterizedTest(name = "litres typed as {0} are refused at the litres field and nothing is recorded")
    @MethodSource("notNumbers")
    void litres_that_are_not_a_usable_number_are_refused(String typed) {
        Typing.type(litres, typed);
        click("Add");

        assertThat(litres.isInvalid()).isTrue();
        assertThat(litres.getErrorMessage()).isNotBlank();
        assertNothingStored();
    }

    @ParameterizedTest(name = "litres typed as {0} are refused at the litres field and nothing is recorded")
    @MethodSource("blank")
    void blank_litres_are_refused(String typed) {
        Typing.type(litres, typed);
        click("Add");

        assertThat(litres.isInvalid()).isTrue();
        assertThat(litres.getErrorMessage()).isNotBlank();
        assertNothingStored();
    }

    @ParameterizedTest(name = "litres typed as -0 record a day without milk")
    @MethodSource("minusZero")
    void minus_zero_litres_are_zero(String typed) {
        Typing.type(litres, typed);
        click("Add");

        assertThat(litres.isInvalid()).isFalse();
        LedgerEntry entry = theOnlyEntry();
        assertThat(entry.litres()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(entry.litres().signum()).isZero();
    }

    static java.util.stream.Stream<String> minusZero() {
        return java.util.stream.Stream.of("-0");
    }
}
