@NullMarked
package io.milkledger.delivery;

import org.jspecify.annotations.NullMarked;
