package io.milkledger.admin.ui;

import io.milkledger.account.AccountAdministration;
import io.milkledger.account.AccountService;
import io.milkledger.admin.SignInMethod;
import io.milkledger.admin.UserDirectory;
import io.milkledger.admin.UserFilter;
import io.milkledger.admin.UserSummary;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every account of the installation, for admins: searched, filtered and sorted by the database, a page at a time,
 * with what an admin may do to each. It shows counts, never entries or amounts.
 */
@Route("admin/users")
@PageTitle("Users · Milk Ledger")
@Menu(title = "Users", order = 10, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class UsersView extends VerticalLayout {

    final TextField search = SearchField.of("Search email or name", "Search users", this::refresh);
    final Select<Choice<Boolean>> enabled = choices("Enabled", "Enabled", "Disabled");
    final Select<Choice<Boolean>> verified = choices("Verified", "Verified", "Not verified");
    final Select<Choice<Boolean>> admin = choices("Role", "Admins", "Not admins");
    final Select<Choice<SignInMethod>> signInMethod = new Select<>();
    final Grid<UserSummary> grid = new Grid<>();

    private final UserDirectory directory;
    private final ZoneId zone;
    private final Locale locale;

    UsersView(UserDirectory directory, AccountAdministration administration, AccountService accounts) {
        this.directory = directory;
        this.zone = accounts.settings().timeZone();
        this.locale = getLocale();
        var actions = new UserActions(administration, this::refresh);

        search.setWidth("16rem");
        signInMethod.setLabel("Sign-in method");
        signInMethod.setItems(Choice.any(), new Choice<>("Password", SignInMethod.PASSWORD),
                new Choice<>("Google", SignInMethod.GOOGLE), new Choice<>("GitHub", SignInMethod.GITHUB));
        signInMethod.setItemLabelGenerator(Choice::label);
        signInMethod.setValue(Choice.any());
        signInMethod.setWidth("10rem");
        for (var select : List.of(enabled, verified, admin, signInMethod)) {
            select.addValueChangeListener(change -> refresh());
        }

        grid.addColumn(UserSummary::email).setHeader("Email").setSortProperty("email").setWidth("16rem")
                .setFlexGrow(1).setResizable(true).setTooltipGenerator(UserSummary::email);
        grid.addColumn(UserSummary::name).setHeader("Name").setSortProperty("name").setWidth("10rem")
                .setResizable(true).setTooltipGenerator(UserSummary::name);
        grid.addColumn(user -> user.signInMethods().stream().sorted().map(SignInMethod::label)
                .collect(Collectors.joining(", "))).setHeader("Signs in with").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(user -> badge(user.verified(), "Verified", "Not verified"))
                .setHeader("Verified").setSortProperty("verified").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(user -> badge(user.enabled(), "Enabled", "Disabled"))
                .setHeader("Status").setSortProperty("enabled").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(user -> user.admin() ? "Admin" : "").setHeader("Role").setSortProperty("admin")
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(user -> time(user.created())).setHeader("Created").setSortProperty("created")
                .setAutoWidth(true);
        grid.addColumn(user -> time(user.lastSignIn())).setHeader("Last sign-in").setSortProperty("lastSignIn")
                .setAutoWidth(true);
        grid.addColumn(UserSummary::entries).setHeader("Entries").setKey("entries").setSortProperty("entries")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(user -> user.id() == CurrentUser.id() ? new Span("You") : actions.menu(user))
                .setHeader("Actions").setKey("actions").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.setItems(query -> directory.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> directory.count(filter()));
        grid.setSizeFull();

        var filters = new FlexLayout(search, enabled, verified, signInMethod, admin);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2("Users"), filters, grid);
        setSizeFull();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    UserFilter filter() {
        return new UserFilter(search.getValue(), enabled.getValue().value(), verified.getValue().value(),
                signInMethod.getValue().value(), admin.getValue().value());
    }

    private String time(@Nullable Instant instant) {
        return instant == null ? "Never" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(locale).format(instant.atZone(zone));
    }

    private static Component badge(boolean good, String yes, String no) {
        Span badge = new Span(good ? yes : no);
        badge.addClassNames("status", good ? "status-good" : "status-muted");
        return badge;
    }

    private static Select<Choice<Boolean>> choices(String label, String yes, String no) {
        Select<Choice<Boolean>> select = new Select<>();
        select.setLabel(label);
        select.setItems(Choice.any(), new Choice<>(yes, true), new Choice<>(no, false));
        select.setItemLabelGenerator(Choice::label);
        select.setValue(Choice.any());
        select.setWidth("10rem");
        return select;
    }

    /** An option of a filter; "Any" has no value. */
    record Choice<T>(String label, @Nullable T value) {

        static <T> Choice<T> any() {
            return new Choice<>("Any", null);
        }
    }
}
