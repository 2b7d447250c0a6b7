package verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import verbatim.web.ApiServer;
import verbatim.web.ServerConfig;

/**
 * SolrJ on the app's classpath leaves Javalin working: SolrJ's own Jetty 10 (which breaks Javalin's Jetty 12 at
 * start-up) is excluded, and the backend talks HTTP through {@code java.net.http}. No cluster needed.
 */
class SolrJClasspathTest {

  @Test
  void noJetty10BesideJavalinsJetty12() throws Exception {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = new File(entry).getName();
      assertTrue(!(name.startsWith("jetty-") || name.startsWith("http2-")) || !name.contains("-10."),
          "SolrJ's Jetty 10 is on the classpath: " + name);
    }
    assertTrue(org.eclipse.jetty.util.Jetty.VERSION.startsWith("12."), org.eclipse.jetty.util.Jetty.VERSION);
    Class.forName("org.apache.solr.client.solrj.impl.HttpJdkSolrClient");
  }

  /** Javalin starts with a SolrCloud backend attached; an unreachable cluster is a JSON error, not a crash. */
  @Test
  void javalinServesWithTheSolrBackend() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    SolrBackend backend = new SolrBackend(new SolrCluster("http://127.0.0.1:" + closed + "/solr"), "verbatim");
    try (backend; ApiServer server = new ApiServer(ServerConfig.defaults().withPort(0).withRateLimit(0), backend, null).start()) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://localhost:" + server.port();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      HttpResponse<String> quotes = http.send(HttpRequest.newBuilder(URI.create(base + "/api/quotes?q=x")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(quotes.statusCode() >= 500, quotes.statusCode() + " " + quotes.body());
      assertTrue(quotes.body().contains("\"error\""), quotes.body());
    }
  }
}
