/**
 * Moving households from the old Flask app: its SQLite file or PostgreSQL database is read, checked row by row, and
 * carried into Milk Ledger's tables, with a report of what arrived, what was already there and what could not be
 * taken. See {@code docs/decisions/0013-legacy-import.md}.
 */
@NullMarked
package io.milkledger.legacy;

import org.jspecify.annotations.NullMarked;
