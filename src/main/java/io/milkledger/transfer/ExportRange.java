package io.milkledger.transfer;

import java.time.LocalDate;

/**
 * The days an export covers.
 *
 * @param from the first day, included
 * @param to   the last day, included
 */
public record ExportRange(LocalDate from, LocalDate to) {
}
