@NullMarked
package io.milkledger.delivery.ui;

import org.jspecify.annotations.NullMarked;
