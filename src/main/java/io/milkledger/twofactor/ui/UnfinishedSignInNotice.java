package io.milkledger.twofactor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.account.ui.SignInPageSection;

/** Tells on the sign-in page why the password is asked again: the code did not come in time. */
@org.springframework.stereotype.Component
class UnfinishedSignInNotice implements SignInPageSection {

    @Override
    public Component create() {
        Paragraph notice = new Paragraph("Signing in took too long, so it was stopped. Sign in again.");
        notice.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.TextAlignment.CENTER);
        notice.setVisible(false);
        return notice;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event, Component created) {
        created.setVisible(event.getLocation().getQueryParameters().getParameters()
                .containsKey(TwoFactorView.EXPIRED));
    }
}
