package io.milkledger.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.account.SignInProvider;
import io.milkledger.account.oauth.SignInProviders;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Sign in with Google" and "Sign in with GitHub" below the password form, for the providers the deployment set
 * up, and what went wrong when a provider sign-in came back to the sign-in page ({@code ?oauth=...&provider=...},
 * from {@code security.oauth.ProviderSignInFailureHandler}).
 */
@SpringComponent
class ProviderSignInSection implements SignInPageSection {

    private final SignInProviders providers;

    ProviderSignInSection(SignInProviders providers) {
        this.providers = providers;
    }

    @Override
    public Component create() {
        return new ProviderButtons(providers.offered());
    }

    /** Below other sections, such as a "Forgot your password?" link, which belong to the form. */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event, Component created) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        ((ProviderButtons) created).showProblem(first(parameters, "oauth"),
                first(parameters, "provider").flatMap(SignInProvider::byRegistrationId));
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    /** The buttons, and a place for the problem, for one visit of the sign-in page. */
    static final class ProviderButtons extends Div {

        final Paragraph problem = new Paragraph();
        final List<Anchor> buttons;

        ProviderButtons(List<SignInProvider> providers) {
            addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                    LumoUtility.Margin.Bottom.MEDIUM);
            problem.setVisible(false);
            problem.getElement().setAttribute("role", "alert");
            problem.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.Margin.NONE);
            add(problem);
            buttons = providers.stream().map(ProviderButtons::button).toList();
            if (!buttons.isEmpty()) {
                Paragraph or = new Paragraph("or");
                or.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.TextAlignment.CENTER,
                        LumoUtility.Margin.NONE);
                add(or);
                buttons.forEach(this::add);
            }
        }

        /** A link that looks like a button: a full page load, because Spring, not Vaadin's router, handles it. */
        private static Anchor button(SignInProvider provider) {
            Anchor button = new Anchor("oauth2/authorization/" + provider.registrationId(),
                    "Sign in with " + provider.displayName());
            button.setRouterIgnore(true);
            button.addClassNames(LumoUtility.Display.FLEX, LumoUtility.JustifyContent.CENTER,
                    LumoUtility.Padding.Vertical.SMALL, LumoUtility.Padding.Horizontal.MEDIUM,
                    LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_30, LumoUtility.BorderRadius.MEDIUM,
                    LumoUtility.Background.BASE, LumoUtility.TextColor.BODY, LumoUtility.FontWeight.SEMIBOLD);
            return button;
        }

        void showProblem(Optional<String> outcome, Optional<SignInProvider> provider) {
            String text = outcome.map(what -> problemText(what, provider)).orElse("");
            problem.setText(text);
            problem.setVisible(!text.isEmpty());
        }

        private static String problemText(String outcome, Optional<SignInProvider> provider) {
            if (provider.isEmpty()) {
                return "Signing in did not work. Try again, or sign in with your password.";
            }
            String name = provider.get().displayName();
            return switch (outcome) {
                case "unverified" -> name + " has not verified your email address, so Milk Ledger cannot sign you "
                        + "in with it, and nothing was stored. Verify it at " + name
                        + (provider.get() == SignInProvider.GITHUB ? " (or make a verified address your primary one)"
                        : "") + ", then try again, or sign in with your email and password.";
                case "no-email" -> name + " did not give Milk Ledger an email address, which an account needs. Add "
                        + "one at " + name + ", or create an account with your email and a password.";
                default -> "Signing in with " + name + " did not work. Try again, or sign in with your password.";
            };
        }
    }
}
