/**
 * Brute-force protection for signing in with an email and password: failed sign-ins are counted per email and
 * per client address in PostgreSQL, and too many of them make the next attempt wait before any password is
 * checked. The numbers and why they were chosen: {@code docs/decisions/0009-sign-in-throttling.md}.
 */
@NullMarked
package io.milkledger.security.throttle;

import org.jspecify.annotations.NullMarked;
