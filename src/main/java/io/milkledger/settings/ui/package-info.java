@NullMarked
package io.milkledger.settings.ui;

import org.jspecify.annotations.NullMarked;
