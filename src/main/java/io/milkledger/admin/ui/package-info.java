@NullMarked
package io.milkledger.admin.ui;

import org.jspecify.annotations.NullMarked;
