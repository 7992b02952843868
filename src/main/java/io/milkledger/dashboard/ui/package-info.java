@NullMarked
package io.milkledger.dashboard.ui;

import org.jspecify.annotations.NullMarked;
