package io.milkledger.admin.ui;

import io.milkledger.account.AccountService;
import io.milkledger.admin.AuditEntry;
import io.milkledger.admin.AuditLog;
import io.milkledger.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The audit log for admins: every sign-in and every admin action, newest first, searched by the database and
 * loaded a page at a time as the admin scrolls (no count, so a long log costs nothing to open).
 */
@Route("admin/audit")
@PageTitle("Audit log · Milk Ledger")
@Menu(title = "Audit log", order = 11, icon = "vaadin:list")
@RolesAllowed(Role.ADMIN_NAME)
class AuditLogView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final Grid<AuditEntry> grid = new Grid<>();
    final TextField search = SearchField.of("Search action, email, address or detail", "Search the audit log",
            () -> grid.getDataProvider().refreshAll());

    AuditLogView(AuditLog log, AccountService accounts) {
        ZoneId zone = accounts.settings().timeZone();
        search.setWidth("min(28rem, 100%)");

        grid.addColumn(entry -> TIME.format(entry.occurredAt().atZone(zone))).setHeader("Time (" + zone.getId() + ")")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> Objects.requireNonNullElse(entry.actorEmail(), "installation")).setHeader("Actor")
                .setWidth("14rem").setFlexGrow(0).setResizable(true).setTooltipGenerator(AuditEntry::actorEmail);
        grid.addColumn(entry -> Objects.requireNonNullElse(entry.targetEmail(), "")).setHeader("Target")
                .setWidth("14rem").setFlexGrow(0).setResizable(true).setTooltipGenerator(AuditEntry::targetEmail);
        grid.addColumn(entry -> Objects.requireNonNullElse(entry.clientAddress(), "")).setHeader("Address")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> Objects.requireNonNullElse(entry.detail(), "")).setHeader("Detail")
                .setWidth("14rem").setFlexGrow(1).setTooltipGenerator(AuditEntry::detail);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> log.search(search.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setSizeFull();

        add(new H2("Audit log"), search, grid);
        setSizeFull();
    }
}
