package io.milkledger.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and warnings at the bottom of the screen. */
public final class Notifications {

    private Notifications() {
    }

    /** A confirmation that something was saved. */
    public static void saved(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A problem that is not about one field, such as an entry changed in another window. */
    public static void problem(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
