/**
 * The SolrCloud implementation of the search side: a configset generated from the embedded index's own schema and
 * analysis, collection creation, corpus and admin writes, and ranked search with facets, highlights and cursors over
 * SolrJ's JDK HTTP client (with failover across live nodes). Ingest and extraction stay in Verbatim.
 */
package verbatim.solr;
