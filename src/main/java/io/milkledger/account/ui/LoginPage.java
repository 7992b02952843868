package io.milkledger.account.ui;

import com.vaadin.flow.component.Component;
import io.milkledger.security.SignInPage;

/** Tells the sign-in configuration that {@link LoginView} is the sign-in page. */
@org.springframework.stereotype.Component
class LoginPage implements SignInPage {

    @Override
    public Class<? extends Component> view() {
        return LoginView.class;
    }
}
