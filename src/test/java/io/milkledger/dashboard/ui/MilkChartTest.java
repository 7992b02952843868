package io.milkledger.dashboard.ui;

import io.milkledger.dashboard.ui.MilkChart.Axis;
import io.milkledger.dashboard.ui.MilkChart.Kind;
import io.milkledger.dashboard.ui.MilkChart.Series;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MilkChartTest {

    private static final Locale INDIA = Locale.forLanguageTag("en-IN");

    private final MilkChart chart = new MilkChart();

    @Test
    void amounts_and_litres_go_to_the_browser_as_two_series_on_their_own_axes() {
        chart.show(List.of("Nov 2025", "Dec 2025"),
                List.of(new Series("Amount", Kind.BAR, Axis.MONEY, decimals("1234.50", "987.25")),
                        new Series("Litres", Kind.LINE, Axis.LITRES, decimals("30.5", "29.125"))),
                "INR", INDIA, "Spending and litres by month");

        JsonNode config = config();
        assertThat(config.get("labels").valueStream().map(JsonNode::asString)).containsExactly("Nov 2025", "Dec 2025");
        assertThat(config.get("currency").asString()).isEqualTo("INR");
        assertThat(config.get("locale").asString()).isEqualTo("en-IN");
        assertThat(config.get("ariaLabel").asString()).isEqualTo("Spending and litres by month");

        JsonNode amount = config.get("series").get(0);
        assertThat(amount.get("label").asString()).isEqualTo("Amount");
        assertThat(amount.get("kind").asString()).isEqualTo("bar");
        assertThat(amount.get("axis").asString()).isEqualTo("money");
        assertThat(numbers(amount)).containsExactly(new BigDecimal("1234.50"), new BigDecimal("987.25"));

        JsonNode litres = config.get("series").get(1);
        assertThat(litres.get("label").asString()).isEqualTo("Litres");
        assertThat(litres.get("kind").asString()).isEqualTo("line");
        assertThat(litres.get("axis").asString()).isEqualTo("litres");
        assertThat(numbers(litres)).containsExactly(new BigDecimal("30.5"), new BigDecimal("29.125"));
        assertThat(config.get("series")).hasSize(2);
    }

    @Test
    void a_weekday_chart_is_one_bar_series_of_litres() {
        List<String> days = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        chart.show(days, List.of(new Series("Litres", Kind.BAR, Axis.LITRES,
                decimals("4.5", "4", "4.5", "3.75", "4.5", "6", "6.25"))), "USD", Locale.US, "Litres by weekday");

        JsonNode config = config();
        assertThat(config.get("labels").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(days);
        assertThat(config.get("currency").asString()).isEqualTo("USD");
        assertThat(config.get("locale").asString()).isEqualTo("en-US");
        assertThat(config.get("series")).hasSize(1);
        JsonNode litres = config.get("series").get(0);
        assertThat(litres.get("kind").asString()).isEqualTo("bar");
        assertThat(litres.get("axis").asString()).isEqualTo("litres");
        assertThat(numbers(litres)).containsExactlyElementsOf(decimals("4.5", "4", "4.5", "3.75", "4.5", "6", "6.25"));
    }

    @Test
    void a_new_chart_replaces_the_previous_one() {
        chart.show(List.of("Mon"), List.of(new Series("Litres", Kind.BAR, Axis.LITRES, decimals("1"))),
                "INR", INDIA, "first");
        chart.show(List.of("Nov 2025"), List.of(new Series("Amount", Kind.BAR, Axis.MONEY, decimals("2"))),
                "EUR", Locale.GERMANY, "second");

        assertThat(config().get("ariaLabel").asString()).isEqualTo("second");
        assertThat(config().get("locale").asString()).isEqualTo("de-DE");
        assertThat(config().get("series")).hasSize(1);
    }

    @Test
    void every_series_needs_one_value_per_label() {
        assertThatIllegalArgumentException().isThrownBy(() -> chart.show(List.of("Mon", "Tue"),
                        List.of(new Series("Litres", Kind.BAR, Axis.LITRES, decimals("1"))), "INR", INDIA, "litres"))
                .withMessageContaining("\"Litres\" has 1 values for 2 labels");
    }

    @Test
    void an_unknown_currency_is_refused_before_it_reaches_the_browser() {
        assertThatIllegalArgumentException().isThrownBy(() -> chart.show(List.of("Mon"),
                List.of(new Series("Amount", Kind.BAR, Axis.MONEY, decimals("1"))), "RUPEES", INDIA, "amount"));
    }

    private JsonNode config() {
        return (JsonNode) chart.getElement().getPropertyRaw("config");
    }

    /** The values exactly as sent: numbers, not strings, with their decimals intact. */
    private static List<BigDecimal> numbers(JsonNode series) {
        return series.get("values").valueStream()
                .peek(value -> assertThat(value.isNumber()).as("%s is a JSON number", value).isTrue())
                .map(JsonNode::decimalValue)
                .toList();
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
