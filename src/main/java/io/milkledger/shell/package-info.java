/**
 * The page around every view and the frame around the signed-in ones (side navigation from the views' own
 * {@code @Menu}, the household's name, Sign out). Above the features: it knows none of them by name.
 */
@NullMarked
package io.milkledger.shell;

import org.jspecify.annotations.NullMarked;
