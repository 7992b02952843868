@NullMarked
package io.milkledger.security;

import org.jspecify.annotations.NullMarked;
