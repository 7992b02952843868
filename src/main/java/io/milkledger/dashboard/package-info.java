@NullMarked
package io.milkledger.dashboard;

import org.jspecify.annotations.NullMarked;
