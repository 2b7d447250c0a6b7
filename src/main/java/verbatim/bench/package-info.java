/**
 * The benchmark harness behind {@code ./verbatim bench}: Verbatim against SQLite FTS5 and PostgreSQL on the same
 * records and queries, in-process and over HTTP. Measures; never asserts.
 */
package verbatim.bench;
