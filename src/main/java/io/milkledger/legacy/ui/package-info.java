@NullMarked
package io.milkledger.legacy.ui;

import org.jspecify.annotations.NullMarked;
