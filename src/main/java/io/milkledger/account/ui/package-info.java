@NullMarked
package io.milkledger.account.ui;

import org.jspecify.annotations.NullMarked;
