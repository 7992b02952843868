package io.milkledger.transfer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"})
    void text_a_spreadsheet_would_run_gets_a_quote_and_loses_it_again(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
        assertThat(SpreadsheetText.restore(SpreadsheetText.neutralise(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"extra for guests", "'tis the season", "''=", "a=b", "", "'"})
    void other_text_comes_back_exactly(String text) {
        assertThat(SpreadsheetText.restore(SpreadsheetText.neutralise(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"extra for guests", "a=b", "1.5 L"})
    void plain_text_is_written_as_it_is(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text);
    }
}
