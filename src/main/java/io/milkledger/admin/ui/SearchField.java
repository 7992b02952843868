package io.milkledger.admin.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box above an admin grid: searches as the admin pauses typing. */
final class SearchField {

    private SearchField() {
    }

    static TextField of(String placeholder, String ariaLabel, Runnable search) {
        TextField field = new TextField();
        field.setPlaceholder(placeholder);
        field.setAriaLabel(ariaLabel);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setMaxLength(254);
        field.addValueChangeListener(change -> search.run());
        return field;
    }
}
