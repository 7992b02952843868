package io.milkledger.legacy;

/**
 * The old app's database was imported (not a dry run), from the admin page or the {@code import-legacy} command;
 * published for the audit log.
 *
 * @param source  which database, without any password
 * @param summary how many households and entries arrived and how many rows were skipped
 */
public record LegacyImported(String source, String summary) {
}
