package io.milkledger.transfer;

import io.milkledger.delivery.RecordedDay;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What importing a file would do, before anything is changed.
 *
 * @param fileProblem   why the file as a whole can't be imported (empty, not UTF-8, wrong columns, too big), if so
 * @param days          how many lines are good days
 * @param firstDays     the first good days, as they would be recorded
 * @param problems      the lines that can't be imported, with their line numbers, up to a few hundred
 * @param problemCount  how many lines can't be imported in all
 * @param newDays       good days the ledger doesn't have yet
 * @param changedDays   good days the ledger has differently (skipped or overwritten, as chosen)
 * @param unchangedDays good days the ledger already has exactly so (left alone)
 */
public record ImportPreview(@Nullable String fileProblem, int days, List<RecordedDay> firstDays,
                            List<ImportProblem> problems, int problemCount, int newDays, int changedDays,
                            int unchangedDays) {

    /** True when the file can be imported: it is readable, has days, and none of its lines has a problem. */
    public boolean importable() {
        return fileProblem == null && problemCount == 0 && days > 0;
    }

    static ImportPreview unreadable(String fileProblem) {
        return new ImportPreview(fileProblem, 0, List.of(), List.of(), 0, 0, 0, 0);
    }
}
