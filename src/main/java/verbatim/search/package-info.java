/**
 * The Lucene side of reading: query translation (simple and advanced syntax), ranking, drill-sideways facets,
 * highlighting as offsets, cursors, suggestions. Its request and response records are the API contract that
 * {@code web} serves.
 */
package verbatim.search;
