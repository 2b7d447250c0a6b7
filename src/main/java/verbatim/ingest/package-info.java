/**
 * Files to {@link verbatim.ingest.Article}s: plain-text news, JSON Lines and HTML, with related-story stubs,
 * subheadings, credits and boilerplate told apart. Inputs are checked at the door; a bad file or line is reported with
 * its reason and skipped. Knows nothing of Lucene, quotes or HTTP.
 */
package verbatim.ingest;
