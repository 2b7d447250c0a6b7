/**
 * The HTTP API and the pages on Javalin: routing, parameter validation, errors mapped to one JSON shape, CORS,
 * rate limits, export streaming. Talks only to the search side, never to Lucene.
 *
 * <p>{@link verbatim.web.ApiServer} is the wiring: lifecycle and the route table. The handlers, by job:
 * {@code SearchHandlers} (quotes, articles, one article, speakers, export through {@code ExportStream}),
 * {@code AdminHandlers} (add, delete, {@link verbatim.web.SnapshotEndpoint}), {@code PageHandlers} (the search
 * and article pages, results rendered by {@code ResultsPageRenderer}) and {@code StatusHandlers}
 * (health, metrics, OpenAPI). Around them: {@code RequestGuard} (CORS, preflight, rate limit) with
 * {@code AdminAuth} (the bearer token), {@code ConditionalGet} (ETags and 304), {@code ErrorResponses} (every
 * error to JSON, in one place), {@code JsonOutput}, {@code RequestLog} (metrics, access log), {@code Backends}
 * (the index and store attached now), {@code ClasspathFiles}; parameters are read by
 * {@link verbatim.web.QueryStringParser} and {@link verbatim.web.SearchRequestReader}; connections are guarded at
 * the Jetty level by {@code JettyEdge} and {@code ConnectionGuard}.
 */
package verbatim.web;
