package io.milkledger.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.SignedInUser;
import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in view: side navigation, the household's name and Sign out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

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

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Dashboard", "dashboard", VaadinIcon.CHART.create()));
        nav.addItem(new SideNavItem("Ledger", "", VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem("Calendar", "calendar", VaadinIcon.CALENDAR.create()));
        nav.addItem(new SideNavItem("Settings", "settings", VaadinIcon.COG.create()));
        nav.addItem(new SideNavItem("Account", "account", VaadinIcon.USER.create()));
        if (CurrentUser.isAdmin()) {
            // the admin pages check the role themselves; this only keeps the links out of everyone else's way
            SideNavItem admin = new SideNavItem("Admin", "admin/users", VaadinIcon.TOOLS.create());
            admin.addItem(new SideNavItem("Users", "admin/users", VaadinIcon.USERS.create()));
            admin.addItem(new SideNavItem("Audit log", "admin/audit", VaadinIcon.LIST.create()));
            admin.addItem(new SideNavItem("Import old app", "admin/import", VaadinIcon.UPLOAD.create()));
            admin.setExpanded(true);
            nav.addItem(admin);
        }
        nav.addClassNames(LumoUtility.Margin.SMALL);
        return nav;
    }
}
