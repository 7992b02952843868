package io.milkledger.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.SignedInUser;
import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in view: side navigation, the household's name and Sign out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private static final String ADMIN_PAGES = "admin/";

    MainLayout(AuthenticationContext authentication) {
        H1 title = new H1("Milk Ledger");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

        String name = CurrentUser.get().map(SignedInUser::displayName).orElse("");
        Span who = new Span(name);
        who.addClassNames(LumoUtility.TextColor.SECONDARY);
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout account = new HorizontalLayout(who, signOut);
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.Padding.Right.MEDIUM);

        addToNavbar(new DrawerToggle(), title, account);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    /**
     * One item per view with {@code @Menu} that the signed-in user may open (Vaadin's menu checks each view's access
     * annotations), in the views' order; the admin pages (addresses under {@code admin/}) under one "Admin" item.
     */
    private static SideNav navigation() {
        SideNav nav = new SideNav();
        SideNavItem admin = null;
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = item(entry);
            // the menu's paths start with a slash, the side navigation's without
            if (!entry.path().replaceFirst("^/", "").startsWith(ADMIN_PAGES)) {
                nav.addItem(item);
                continue;
            }
            if (admin == null) {
                admin = new SideNavItem("Admin", entry.path(), VaadinIcon.TOOLS.create());
                admin.setExpanded(true);
                nav.addItem(admin);
            }
            admin.addItem(item);
        }
        nav.addClassNames(LumoUtility.Margin.SMALL);
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(entry.title(), entry.path());
        // a month's calendar (/calendar/2026-11) is still the Calendar; the page at / (the ledger) would match all
        item.setMatchNested(!entry.path().replaceFirst("^/", "").isEmpty());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }
}
