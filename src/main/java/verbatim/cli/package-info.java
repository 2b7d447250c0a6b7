/**
 * The {@code ./verbatim} commands: parse arguments, wire ingest, extraction, indexing, search and the web server
 * together. The only package that sees all the others.
 */
package verbatim.cli;
