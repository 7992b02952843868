package io.milkledger.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;

/**
 * Which view is the sign-in page. The account package provides the one bean of this type, so the sign-in
 * configuration here names no view of a feature above it.
 */
public interface SignInPage {

    /** The sign-in view: where Vaadin sends whoever opens a page that needs signing in. */
    Class<? extends Component> view();

    /** Its address, such as {@code /login}, for the landings of Spring's filters. */
    default String path() {
        return "/" + view().getAnnotation(Route.class).value();
    }
}
