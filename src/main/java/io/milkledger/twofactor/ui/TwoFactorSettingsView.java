package io.milkledger.twofactor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.account.ui.AccountView;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.ui.Fields;
import io.milkledger.base.ui.Notifications;
import io.milkledger.twofactor.Enrolment;
import io.milkledger.twofactor.TooManyWrongCodesException;
import io.milkledger.twofactor.TwoFactorService;
import io.milkledger.twofactor.TwoFactorStatus;
import io.milkledger.twofactor.WrongCodeException;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * Setting up two-factor sign-in (the password again, scan, type the first code, save the recovery codes) and, once
 * it is on, new recovery codes after a code, or turning it off after the password and a code.
 */
@Route("account/two-factor")
@PageTitle("Two-factor sign-in · Milk Ledger")
@PermitAll
public class TwoFactorSettingsView extends VerticalLayout {

    private static final String MONOSPACE = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";

    private final TwoFactorService twoFactor;

    final Paragraph status = new Paragraph();
    final PasswordField password = new PasswordField("Your password");
    final Button setUp = new Button("Set up two-factor sign-in");

    final Div settingUp = new Div();
    final Div qrCode = new Div();
    final Span key = new Span();
    final TextField firstCode = new TextField("Code from your authenticator app");
    final Button turnOn = new Button("Turn on");

    final Div savingCodes = new Div();
    final UnorderedList recoveryCodes = new UnorderedList();
    final Button savedThem = new Button("I have saved them");

    final Div managing = new Div();
    final TextField confirmCode = new TextField("Code from your app, or a recovery code");
    final PasswordField offPassword = new PasswordField("Your password, to turn it off");
    final Button replaceCodes = new Button("Make new recovery codes");
    final Button turnOff = new Button("Turn off two-factor sign-in");

    TwoFactorSettingsView(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;

        Paragraph about = new Paragraph("With two-factor sign-in, signing in asks for your password and then for a "
                + "code from an authenticator app on your phone, so a password that leaked is not enough to open "
                + "your ledger.");
        about.addClassNames(LumoUtility.TextColor.SECONDARY);
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUp.addClickListener(click -> startSettingUp());
        password.setHelperText("Setting up asks for your password again.");
        HorizontalLayout start = new HorizontalLayout(password, setUp);
        start.setAlignItems(Alignment.BASELINE);
        // on a phone the button goes under the field instead of past the screen's edge
        start.setWrap(true);

        key.addClassName("two-factor-key");
        key.getStyle().set("font-family", MONOSPACE).set("word-break", "break-all");
        firstCode.getElement().setAttribute("autocomplete", "one-time-code");
        firstCode.setAllowedCharPattern("[0-9 ]");
        firstCode.setMaxLength(7);
        // the label is longer than a six-digit field is wide
        firstCode.setMinWidth("min(18rem, 100%)");
        turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        turnOn.addClickListener(click -> turnOn());
        Paragraph apps = new Paragraph("Google Authenticator, Microsoft Authenticator, 1Password, Aegis and most "
                + "password managers work. If the code will not scan, add an account in the app by typing this key: ");
        apps.add(key);
        HorizontalLayout confirm = new HorizontalLayout(firstCode, turnOn);
        confirm.setAlignItems(Alignment.BASELINE);
        confirm.setWrap(true);
        settingUp.add(new H3("1. Scan this QR code with your authenticator app"), qrCode, apps,
                new H3("2. Type the code the app shows"), confirm);

        recoveryCodes.addClassName("recovery-codes");
        recoveryCodes.getStyle().set("font-family", MONOSPACE);
        savedThem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savedThem.addClickListener(click -> show(twoFactor.status()));
        savingCodes.add(new H3("Save your recovery codes"), new Paragraph("If you lose your phone, each of these "
                + "codes signs you in once instead of a code from the app. Keep them somewhere safe, in a password "
                + "manager or on paper: they are not shown again."), recoveryCodes, savedThem);

        replaceCodes.addClickListener(click -> replaceCodes());
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        turnOff.addClickListener(click -> turnOff());
        confirmCode.getElement().setAttribute("autocomplete", "one-time-code");
        confirmCode.setWidth("20rem");
        confirmCode.setMaxWidth("100%");
        offPassword.setWidth("20rem");
        offPassword.setMaxWidth("100%");
        managing.add(new Paragraph("Making new recovery codes, or turning two-factor sign-in off, needs a code "
                + "from your app (or one of your recovery codes); turning it off needs your password too."),
                confirmCode, offPassword, wrapping(replaceCodes, turnOff));

        add(new H2("Two-factor sign-in"), about, status, start, settingUp, savingCodes, managing,
                new RouterLink("Back to your account", AccountView.class));
        setMaxWidth("56rem");
        show(twoFactor.status());
    }

    private void show(TwoFactorStatus current) {
        status.setText(current.on()
                ? "Two-factor sign-in is on. " + current.recoveryCodesLeft() + " of 10 recovery codes are left."
                : current.waitingForLink()
                ? "Almost on: open the link we sent to your email to turn two-factor sign-in on. It works for an "
                + "hour; until then, signing in needs no code. Setting up again makes a new link."
                : "Two-factor sign-in is off.");
        status.setVisible(true);
        setUp.setVisible(!current.on());
        password.setVisible(!current.on() && current.asksForPassword());
        offPassword.setVisible(current.asksForPassword());
        settingUp.setVisible(false);
        savingCodes.setVisible(false);
        managing.setVisible(current.on());
        confirmCode.clear();
        password.clear();
        offPassword.clear();
        Fields.clearErrors(confirmCode, password, offPassword);
    }

    private void startSettingUp() {
        Fields.clearErrors(password);
        Enrolment enrolment;
        try {
            enrolment = twoFactor.startSettingUp(password.getValue());
        } catch (InvalidInputException | TooManyWrongCodesException refused) {
            Fields.showError(password, refused.getMessage());
            return;
        }
        password.clear();
        password.setVisible(false);
        Image image = QrCode.image(enrolment.otpauthUri(), "QR code for your authenticator app");
        qrCode.removeAll();
        qrCode.add(image);
        key.setText(inGroupsOfFour(enrolment.key()));
        firstCode.clear();
        Fields.clearErrors(firstCode);
        setUp.setVisible(false);
        status.setVisible(false);
        settingUp.setVisible(true);
        firstCode.focus();
    }

    private void turnOn() {
        Fields.clearErrors(firstCode);
        try {
            showCodes(twoFactor.turnOn(firstCode.getValue()));
            Notifications.saved(twoFactor.status().waitingForLink()
                    ? "Almost done: open the link we sent to your email to turn it on."
                    : "Two-factor sign-in is on.");
        } catch (WrongCodeException wrong) {
            Fields.showError(firstCode, wrong.getMessage());
        }
    }

    private void replaceCodes() {
        Fields.clearErrors(confirmCode);
        try {
            showCodes(twoFactor.replaceRecoveryCodes(confirmCode.getValue()));
        } catch (WrongCodeException | TooManyWrongCodesException refused) {
            Fields.showError(confirmCode, refused.getMessage());
        }
    }

    private void turnOff() {
        Fields.clearErrors(confirmCode, offPassword);
        try {
            twoFactor.turnOff(offPassword.getValue(), confirmCode.getValue());
            show(twoFactor.status());
            Notifications.saved("Two-factor sign-in is off.");
        } catch (WrongCodeException | TooManyWrongCodesException refused) {
            Fields.showError(confirmCode, refused.getMessage());
        } catch (InvalidInputException wrongPassword) {
            Fields.showError(offPassword, wrongPassword.getMessage());
        }
    }

    private void showCodes(List<String> codes) {
        recoveryCodes.removeAll();
        codes.forEach(code -> recoveryCodes.add(new ListItem(code)));
        status.setVisible(false);
        setUp.setVisible(false);
        password.setVisible(false);
        settingUp.setVisible(false);
        managing.setVisible(false);
        savingCodes.setVisible(true);
    }

    private static String inGroupsOfFour(String key) {
        return String.join(" ", key.split("(?<=\\G.{4})"));
    }

    private static HorizontalLayout wrapping(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setWrap(true);
        return row;
    }
}
