/** The export and import dialogs the ledger opens. */
@NullMarked
package io.milkledger.transfer.ui;

import org.jspecify.annotations.NullMarked;
