package io.milkledger.legacy.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.milkledger.security.Role;
import io.milkledger.base.ui.Notifications;
import io.milkledger.legacy.HouseholdReport;
import io.milkledger.legacy.ImportReport;
import io.milkledger.legacy.LegacyImportException;
import io.milkledger.legacy.LegacyImportService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * An admin uploads the old app's SQLite file, reads the dry run's report, then imports it and watches its progress.
 * The app has no server push, so the page polls while an import runs.
 */
@Route("admin/import")
@PageTitle("Import from the old app · Milk Ledger")
@Menu(title = "Import old app", order = 12, icon = "vaadin:upload")
@RolesAllowed(Role.ADMIN_NAME)
class LegacyImportView extends VerticalLayout {

    /** The largest file accepted; the old app's files are a few hundred kilobytes. */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(LegacyImportView.class);
    private static final int POLL_MILLIS = 500;

    final Upload upload;
    final Button importButton = new Button("Import");
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Pre report = new Pre();

    private static final String UPLOAD_FOLDER = "milk-ledger-old-app-";

    private final LegacyImportService imports;
    private final Executor background;
    private @Nullable Path file;
    private volatile boolean running;

    LegacyImportView(LegacyImportService imports, @Qualifier("applicationTaskExecutor") Executor background) {
        this.imports = imports;
        this.background = background;

        upload = new Upload(new CappedFileUpload(MAX_BYTES, Path.of(System.getProperty("java.io.tmpdir")),
                this::received, this::refused));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(rejected -> Notifications.problem(rejected.getErrorMessage()));

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> startImport());
        progress.setVisible(false);
        report.setVisible(false);
        report.addClassNames(LumoUtility.FontSize.SMALL);

        Paragraph intro = new Paragraph("Upload the old app's database (milk-calculation.db from its instance folder, "
                + "at most 50 MB). You see what would be imported first; nothing is written until you press Import. "
                + "Households are matched by email: existing accounts only get the days they lack, and importing the "
                + "same file again adds nothing.");
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(new H2("Import from the old app"), intro, upload, status, importButton, progress, report);
        setMaxWidth("60rem");
    }

    /** The upload was larger than allowed and is gone. Runs with the session locked. */
    private void refused(String message) {
        upload.clearFileList();
        Notifications.problem(message);
    }

    /** The upload is complete: shows the dry run's report. Runs with the session locked. */
    void received(String fileName, File uploaded) {
        // one file at a time: the list is emptied so another file can be chosen after this one
        upload.clearFileList();
        if (running) {
            delete(uploaded.toPath());
            Notifications.problem("An import is running; wait for it to finish.");
            return;
        }
        discardFile();
        try {
            file = underItsOwnName(uploaded.toPath(), fileName);
        } catch (IOException e) {
            delete(uploaded.toPath());
            status.setText("The upload could not be stored: " + e.getMessage());
            return;
        }
        try {
            ImportReport dryRun = imports.dryRun(file);
            show(dryRun);
            status.setText("Check the report below, then import.");
            importButton.setEnabled(dryRun.added() > 0 || dryRun.households().stream()
                    .anyMatch(household -> household.outcome() == HouseholdReport.Outcome.NEW_ACCOUNT));
        } catch (LegacyImportException e) {
            discardFile();
            report.setVisible(false);
            importButton.setEnabled(false);
            status.setText(e.getMessage());
        }
    }

    private void startImport() {
        Path importing = file;
        if (importing == null || running) {
            return;
        }
        UI ui = UI.getCurrent();
        running = true;
        file = null;
        importButton.setEnabled(false);
        upload.setVisible(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("Importing…");
        ui.setPollInterval(POLL_MILLIS);
        Runnable job = () -> {
            try {
                ImportReport done = imports.importFile(importing, (finished, total) -> update(ui,
                        () -> progress.setValue(total == 0 ? 1 : (double) finished / total)));
                update(ui, () -> finish(ui, done.failed() ? "Some users could not be imported; see FAILED below."
                        : "Import finished.", done));
            } catch (RuntimeException e) {
                log.warn("Legacy import failed", e);
                update(ui, () -> finish(ui, "Import failed: " + e.getMessage(), null));
            } finally {
                delete(importing);
                running = false;
            }
        };
        background.execute(new DelegatingSecurityContextRunnable(job, SecurityContextHolder.getContext()));
    }

    private void finish(UI ui, String message, @Nullable ImportReport done) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        upload.setVisible(true);
        upload.clearFileList();
        status.setText(message);
        if (done != null) {
            show(done);
        }
    }

    private void show(ImportReport shown) {
        report.setText(shown.text());
        report.setVisible(true);
    }

    /** True while an import runs in the background. */
    boolean running() {
        return running;
    }

    private static void update(UI ui, com.vaadin.flow.server.Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException gone) {
            // the admin left the page; the import goes on and its summary is in the log
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (running) {
            attachEvent.getUI().setPollInterval(POLL_MILLIS);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discardFile();
        super.onDetach(detachEvent);
    }

    private void discardFile() {
        if (file != null) {
            delete(file);
            file = null;
        }
    }

    /**
     * Moves the upload into a folder of its own under the name it had on the admin's computer, so the report names
     * the file the admin chose rather than a temporary one.
     */
    private static Path underItsOwnName(Path uploaded, String fileName) throws IOException {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        Path folder = Files.createTempDirectory(UPLOAD_FOLDER);
        return Files.move(uploaded, folder.resolve(name.isBlank() || name.startsWith(".") ? "upload.db" : name));
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
            Path folder = path.getParent();
            if (folder != null && folder.getFileName().toString().startsWith(UPLOAD_FOLDER)) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", path, e);
        }
    }
}
