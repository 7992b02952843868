package io.milkledger.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Litres;
import io.milkledger.base.MoneyFormat;
import io.milkledger.base.ui.Notifications;
import io.milkledger.delivery.RecordedDay;
import io.milkledger.transfer.ExistingDays;
import io.milkledger.transfer.ImportPreview;
import io.milkledger.transfer.ImportProblem;
import io.milkledger.transfer.ImportResult;
import io.milkledger.transfer.ImportService;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Uploads a CSV file, previews its first days and every problem line, and imports it in one go once nothing is
 * wrong, skipping or overwriting the days already recorded, as the household chooses.
 */
class ImportDialog extends Dialog {

    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Paragraph summary = new Paragraph();
    final Grid<RecordedDay> firstDays = new Grid<>();
    final Grid<ImportProblem> problems = new Grid<>();
    final Paragraph moreProblems = new Paragraph();
    final RadioButtonGroup<ExistingDays> existing = new RadioButtonGroup<>("Days you recorded differently");
    final Button importDays = new Button("Import");

    private final ImportService imports;
    private final Runnable afterImport;
    private byte @Nullable [] file;

    ImportDialog(ImportService imports, Locale locale, Runnable afterImport) {
        this.imports = imports;
        this.afterImport = afterImport;
        setHeaderTitle("Import a CSV file");
        upload = new Upload(new CappedUpload(ImportService.MAX_BYTES,
                (sofar, total) -> {
                    progress.setVisible(true);
                    progress.setValue(total > 0 ? Math.min(1.0, (double) sofar / total) : 0);
                },
                this::received));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(rejected -> show(rejected.getErrorMessage()));
        progress.setVisible(false);

        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        firstDays.addColumn(d -> day.format(d.date())).setHeader("Date");
        firstDays.addColumn(d -> Litres.format(d.litres(), locale)).setHeader("Litres");
        firstDays.addColumn(d -> MoneyFormat.formatPrice(d.unitPrice(), d.currency(), locale)).setHeader("Price");
        firstDays.addColumn(d -> MoneyFormat.format(d.amount(), d.currency(), locale)).setHeader("Amount");
        firstDays.addColumn(d -> d.note() == null ? "" : d.note()).setHeader("Note").setFlexGrow(2);
        firstDays.setAllRowsVisible(true);
        problems.addColumn(ImportProblem::line).setHeader("Line").setWidth("5rem").setFlexGrow(0);
        problems.addColumn(ImportProblem::reason).setHeader("Problem").setFlexGrow(1);
        problems.setHeight("14rem");
        existing.setItems(ExistingDays.values());
        existing.setItemLabelGenerator(choice -> choice == ExistingDays.SKIP
                ? "Keep what I recorded" : "Replace with the file's");
        existing.setValue(ExistingDays.SKIP);
        importDays.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importDays.setDisableOnClick(true);
        importDays.addClickListener(click -> importFile());
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Paragraph explanation = new Paragraph("A CSV file with a header line: Date (2025-01-31 or 31-01-2025) and "
                + "Litres, optionally Price per litre, Amount, Currency and Note, as the export writes it. Days "
                + "without a price get your price on that day. Up to 5 MB.");
        add(new VerticalLayout(explanation, upload, progress, summary, firstDays, problems, moreProblems, existing));
        getFooter().add(new HorizontalLayout(cancel, importDays));
        setWidth("48rem");
        show((ImportPreview) null);
    }

    /** Shows what importing the file would do; the upload hands its bytes here. */
    void received(String fileName, byte[] bytes) {
        progress.setVisible(false);
        // one file at a time: the list is emptied so another file can be chosen after this one
        upload.clearFileList();
        ImportPreview preview = imports.preview(bytes);
        file = preview.importable() ? bytes : null;
        show(preview);
        if (preview.fileProblem() != null) {
            summary.setText(fileName + ": " + preview.fileProblem());
        }
    }

    private void show(String problem) {
        file = null;
        show((ImportPreview) null);
        summary.setText(problem);
        summary.setVisible(true);
    }

    private void show(@Nullable ImportPreview preview) {
        boolean any = preview != null;
        summary.setVisible(any);
        firstDays.setVisible(any && !preview.firstDays().isEmpty());
        problems.setVisible(any && preview.problemCount() > 0);
        moreProblems.setVisible(any && preview.problemCount() > preview.problems().size());
        existing.setVisible(any && preview.importable() && preview.changedDays() > 0);
        importDays.setEnabled(any && preview.importable());
        importDays.setText("Import");
        if (preview == null) {
            return;
        }
        firstDays.setItems(preview.firstDays());
        problems.setItems(preview.problems());
        moreProblems.setText("… and " + (preview.problemCount() - preview.problems().size()) + " more.");
        if (preview.fileProblem() != null) {
            summary.setText(preview.fileProblem());
        } else if (!preview.importable()) {
            summary.setText(preview.problemCount() + (preview.problemCount() == 1 ? " line has a problem"
                    : " lines have problems") + " (listed below); fix the file and upload it again. "
                    + "Nothing is imported while any line is wrong.");
        } else {
            summary.setText(preview.days() + " days: " + preview.newDays() + " new, " + preview.changedDays()
                    + " recorded differently, " + preview.unchangedDays() + " already recorded exactly so "
                    + "(left alone). The first days:");
            importDays.setText("Import " + preview.days() + " days");
        }
    }

    void importFile() {
        if (file == null) {
            return;
        }
        try {
            ImportResult result = imports.apply(file, existing.getValue());
            Notifications.saved("Imported: " + result.added() + " days added, " + result.overwritten()
                    + " overwritten, " + result.skipped() + " kept as you recorded them, " + result.unchanged()
                    + " unchanged.");
            close();
            afterImport.run();
        } catch (InvalidInputException problem) {
            show(problem.getMessage());
        }
    }
}
