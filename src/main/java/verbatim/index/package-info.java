/**
 * The Lucene side of writing: the schema (one class owns the field names and builds every document), the bilingual
 * analysis, and incremental corpus indexing (ingest and extraction in, {@code updateDocument} by id out).
 */
package verbatim.index;
