/**
 * Where the application's PostgreSQL comes from: {@code DATABASE_URL} on Railway and Heroku,
 * {@code spring.datasource.url} when set explicitly, and otherwise an embedded PostgreSQL 17
 * whose data stays in a folder on the developer's laptop.
 */
@NullMarked
package io.milkledger.database;

import org.jspecify.annotations.NullMarked;
