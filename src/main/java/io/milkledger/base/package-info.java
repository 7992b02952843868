@NullMarked
package io.milkledger.base;

import org.jspecify.annotations.NullMarked;
