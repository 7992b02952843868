@NullMarked
package io.milkledger.base.ui;

import org.jspecify.annotations.NullMarked;
