@NullMarked
package io.milkledger.admin;

import org.jspecify.annotations.NullMarked;
