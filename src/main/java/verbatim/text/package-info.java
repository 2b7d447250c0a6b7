/**
 * Text helpers shared by ingest, extraction and indexing: accent folding and language detection. Depends on nothing
 * else in Verbatim, so every other package may use it.
 */
package verbatim.text;
