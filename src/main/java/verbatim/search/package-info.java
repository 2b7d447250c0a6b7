/**
 * The Lucene side of reading: query translation (simple and advanced syntax), ranking, drill-sideways facets,
 * highlighting as offsets, cursors, suggestions. Its request and response records are the API contract that
 * {@code web} serves.
 *
 * <p>Query translation: {@code QueryTranslator} is the entry point; simple mode is {@code SimpleQuery} (clauses
 * split by {@code SimpleClauses}), advanced mode {@code AdvancedParser}; both read a query once per language and
 * join the readings with {@code LanguageFork}; a word or phrase becomes queries in one language in
 * {@code TextQueries}, over the fields {@code QueryFields} names; {@code Queries} holds the shared query shapes.
 */
package verbatim.search;
