@NullMarked
package io.milkledger.twofactor.ui;

import org.jspecify.annotations.NullMarked;
