package io.milkledger.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.account.PasswordResetService;

/** "Forgot your password?" under the sign-in form, when this installation can send the link. */
@org.springframework.stereotype.Component
class ForgotPasswordSection implements SignInPageSection {

    private final PasswordResetService resets;

    ForgotPasswordSection(PasswordResetService resets) {
        this.resets = resets;
    }

    @Override
    public Component create() {
        Paragraph forgot = new Paragraph(new RouterLink("Forgot your password?", ForgotPasswordView.class));
        forgot.addClassNames(LumoUtility.TextAlignment.CENTER);
        forgot.setVisible(resets.available());
        return forgot;
    }

    /** Right under the form, before other ways to sign in. */
    @Override
    public int order() {
        return -10;
    }
}
