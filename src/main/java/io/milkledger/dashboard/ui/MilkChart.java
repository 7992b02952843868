package io.milkledger.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A bar and line chart of spending trends, drawn in the browser by Chart.js through the {@code <milk-chart>}
 * web component in {@code frontend/components/milk-chart.js}.
 * <p>
 * Amounts go on a left axis formatted in the household's currency, litres on a right axis; an axis that no series
 * uses is left out, so a chart of litres alone has a single axis. The chart fills its container's width and is
 * 18rem high unless {@link #setHeight(String)} says otherwise.
 */
@Tag("milk-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/milk-chart.js")
public class MilkChart extends Component implements HasSize, HasStyle {

    /** How a series is drawn. */
    public enum Kind {
        BAR, LINE
    }

    /** The y-axis a series is measured on, which also decides how its values are formatted. */
    public enum Axis {
        /** Left axis, in the currency given to {@link #show}. */
        MONEY,
        /** Right axis (left when there is no money axis), in litres. */
        LITRES
    }

    /**
     * One named row of values, one value per label of the chart.
     *
     * @param label  the name in the legend and tooltip, such as "Amount"
     * @param kind   bars or a line
     * @param axis   the axis the values are measured on
     * @param values one value per chart label, in the same order
     */
    public record Series(String label, Kind kind, Axis axis, List<BigDecimal> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    /**
     * Draws the given series, replacing whatever the chart showed before.
     *
     * @param labels    the categories along the x-axis, such as "Nov 2025" or "Mon", already in the reader's language
     * @param series    the series to draw; each has exactly one value per label
     * @param currency  ISO 4217 code that money values are shown in, such as "INR"
     * @param locale    the locale for currency and number formats, such as en-IN for Indian digit grouping
     * @param ariaLabel what the chart shows, in words, for screen readers
     * @throws IllegalArgumentException when a series has a different number of values than there are labels,
     *                                  or the currency code is unknown
     */
    public void show(List<String> labels, List<Series> series, String currency, Locale locale, String ariaLabel) {
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("Series \"%s\" has %d values for %d labels"
                        .formatted(s.label(), s.values().size(), labels.size()));
            }
        }
        // An unknown code would only fail in the browser, as a RangeError from Intl.NumberFormat and no chart.
        Currency.getInstance(currency);
        getElement().setPropertyJson("config", config(labels, series, currency, locale, ariaLabel));
    }

    private static ObjectNode config(List<String> labels, List<Series> series, String currency, Locale locale,
            String ariaLabel) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode config = json.objectNode();
        ArrayNode labelArray = config.putArray("labels");
        labels.forEach(labelArray::add);
        config.put("locale", locale.toLanguageTag());
        config.put("currency", currency);
        config.put("ariaLabel", ariaLabel);
        ArrayNode seriesArray = config.putArray("series");
        for (Series s : series) {
            ObjectNode node = seriesArray.addObject();
            node.put("label", s.label());
            node.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
            node.put("axis", s.axis().name().toLowerCase(Locale.ROOT));
            ArrayNode values = node.putArray("values");
            s.values().forEach(values::add);
        }
        return config;
    }
}
