package io.milkledger.transfer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.milkledger.delivery.ui.LedgerAction;
import io.milkledger.transfer.ExportService;
import io.milkledger.transfer.ImportService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;

/** Export and Import CSV in the ledger's header, in that order. */
@Configuration
class LedgerTransferActions {

    @Bean
    LedgerAction exportLedger(ExportService export) {
        return new LedgerAction() {
            @Override
            public Component create(Locale locale, Runnable afterChange) {
                return button("Export", VaadinIcon.DOWNLOAD_ALT, () -> new ExportDialog(export, locale).open());
            }

            @Override
            public int order() {
                return 10;
            }
        };
    }

    @Bean
    LedgerAction importCsv(ImportService imports) {
        return new LedgerAction() {
            @Override
            public Component create(Locale locale, Runnable afterChange) {
                return button("Import CSV", VaadinIcon.UPLOAD_ALT,
                        () -> new ImportDialog(imports, locale, afterChange).open());
            }

            @Override
            public int order() {
                return 20;
            }
        };
    }

    private static Button button(String text, VaadinIcon icon, Runnable open) {
        Button button = new Button(text, icon.create(), click -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
