package io.milkledger.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.milkledger.transfer.ExportRange;
import io.milkledger.transfer.ExportService;

import java.io.OutputStream;
import java.util.Locale;

/** Picks the days to export, from the first recorded to the last unless changed, and offers CSV and Excel. */
class ExportDialog extends Dialog {

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Anchor csv;
    final Anchor xlsx;

    // read by the download request, which runs outside the session lock
    private volatile ExportRange range;

    ExportDialog(ExportService export, Locale locale) {
        this.range = export.everything();
        setHeaderTitle("Export your ledger");
        from.setLocale(locale);
        to.setLocale(locale);
        from.setValue(range.from());
        to.setValue(range.to());
        csv = new Anchor(download(export, "csv"), "Download CSV");
        xlsx = new Anchor(download(export, "xlsx"), "Download Excel (.xlsx)");
        from.addValueChangeListener(change -> rangeChanged());
        to.addValueChangeListener(change -> rangeChanged());
        Paragraph explanation = new Paragraph("One line per recorded day: date, litres, price per litre, amount, "
                + "currency and note. A CSV file can be imported again, here or into another account.");
        Button close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new VerticalLayout(explanation, new HorizontalLayout(from, to), new HorizontalLayout(csv, xlsx)));
        getFooter().add(close);
        setMaxWidth("34rem");
    }

    private void rangeChanged() {
        to.setInvalid(false);
        boolean valid = from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue());
        if (valid) {
            range = new ExportRange(from.getValue(), to.getValue());
        } else {
            to.setErrorMessage("Pick a last day on or after the first.");
            to.setInvalid(true);
        }
        csv.setEnabled(valid);
        xlsx.setEnabled(valid);
    }

    private DownloadHandler download(ExportService export, String extension) {
        return event -> {
            ExportRange chosen = range;
            event.setFileName(ExportService.fileName(chosen, extension));
            event.setContentType("csv".equals(extension) ? ExportService.CSV_TYPE : ExportService.XLSX_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                if ("csv".equals(extension)) {
                    export.writeCsv(chosen, out);
                } else {
                    export.writeXlsx(chosen, out);
                }
            }
        };
    }
}
