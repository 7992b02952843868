@NullMarked
package io.milkledger.deployment;

import org.jspecify.annotations.NullMarked;
