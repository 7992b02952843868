@NullMarked
package io.milkledger.settings;

import org.jspecify.annotations.NullMarked;
