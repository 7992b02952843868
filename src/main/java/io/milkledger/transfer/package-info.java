/**
 * Taking a household's ledger out (CSV and Excel) and bringing a CSV file in. Everything works on the signed-in
 * household's own days through {@link io.milkledger.delivery.LedgerHistory}.
 */
@NullMarked
package io.milkledger.transfer;

import org.jspecify.annotations.NullMarked;
