/**
 * The HTTP API and the pages on Javalin: routing, parameter validation, errors mapped to one JSON shape, CORS,
 * rate limits, export streaming. Talks only to the search side, never to Lucene.
 */
package verbatim.web;
