package io.milkledger.legacy;

import io.milkledger.security.AdminOnly;
import org.springframework.stereotype.Service;

import java.nio.file.Path;

/**
 * Moving the old app's households into Milk Ledger from its SQLite file, for admins. The command line does the same
 * through {@code import-legacy} without signing in (docs/decisions/0013-legacy-import.md).
 */
@Service
@AdminOnly
public class LegacyImportService {

    private final LegacyImporter importer;

    LegacyImportService(LegacyImporter importer) {
        this.importer = importer;
    }

    /**
     * Reports what an import of the file would do, writing nothing: users, entries to add per user, rows that cannot
     * be taken and why, and each month's totals against the old app's.
     *
     * @throws LegacyImportException when the file is not the old app's database
     */
    public ImportReport dryRun(Path sqliteFile) {
        return importer.run(LegacySource.sqlite(sqliteFile), true, ImportProgress.NONE);
    }

    /**
     * Imports the file, one transaction per old user. Accounts are matched by email; an existing one only gets the
     * days it does not have. Running it again adds nothing.
     *
     * @param progress told after each user
     * @throws LegacyImportException when the file is not the old app's database; nothing is written then
     */
    public ImportReport importFile(Path sqliteFile, ImportProgress progress) {
        return importer.run(LegacySource.sqlite(sqliteFile), false, progress);
    }
}
