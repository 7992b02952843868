@NullMarked
package io.milkledger.account;

import org.jspecify.annotations.NullMarked;
