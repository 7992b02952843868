package io.milkledger.badinput;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;

/**
 * Text as the browser sends it: a field's {@code value} property set from the client side, which is how text the
 * browser did not turn into a number or a date reaches the server.
 */
final class Typing {

    /**
     * Text typed into a date picker that the browser could not read as a day: the browser keeps the value empty,
     * remembers the text and reports an {@code unparsable-change}, as the date picker's web component does.
     */
    static void typeUnreadableDay(DatePicker picker, String text) {
        type(picker, "");
        Element element = picker.getElement();
        element.setProperty("_inputElementValue", text);
        element.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, "unparsable-change", JacksonUtils.createObjectNode()));
    }

    private Typing() {
    }

    static void type(Component field, String text) {
        try {
            field.getElement().getNode().getFeature(ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", text).run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException denied) {
            throw new IllegalStateException(denied);
        }
    }
}
