/**
 * Text helpers shared by ingest, extraction and indexing: accent folding, language detection and the reading of
 * hard-wrapped lines. Depends on nothing
 * else in Verbatim, so every other package may use it.
 */
package verbatim.text;
