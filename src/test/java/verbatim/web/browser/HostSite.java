package verbatim.web.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Somebody else's web site: a tiny JDK HTTP server on 127.0.0.1 and its own port, serving host pages that embed
 * the widget with one script tag. Its origin differs from the service's (other host name and port).
 */
final class HostSite implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String> pages = new ConcurrentHashMap<>();

  HostSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String page = pages.get(exchange.getRequestURI().getPath());
      byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", page == null ? "text/plain" : "text/html; charset=utf-8");
      exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  /** Serves html at path and returns the page's URL. */
  String page(String path, String html) {
    pages.put(path, html);
    return origin() + path;
  }

  /** A host page embedding the widget from endpoint with the given extra attributes, inside a hostile stylesheet. */
  String embed(String path, String endpoint, String htmlLang, String attributes) {
    return embed(path, endpoint, endpoint, htmlLang, attributes);
  }

  /** As above, loading widget.js from scriptBase (which may differ from the endpoint it is told to call). */
  String embed(String path, String scriptBase, String endpoint, String htmlLang, String attributes) {
    return page(path, """
        <!doctype html>
        <html lang="%s"><head><meta charset="utf-8"><title>Host page</title>
        <style>
          /* A host stylesheet that would wreck an unprotected widget. */
          body { font-family: Georgia, serif; }
          input, button, li, ul, mark, blockquote { all: unset; color: red; background: lime; }
          body { background: #fdf6e3; margin: 2em; }
        </style>
        <script src="%s/widget.js" defer></script></head>
        <body><h1>Another newspaper's page</h1>
        <verbatim-search endpoint="%s" %s>
          <form action="%s/" method="get"><input name="q" type="search" aria-label="Search quotes"><button>Search</button></form>
        </verbatim-search>
        <p>Text after the widget.</p></body></html>
        """.formatted(htmlLang, scriptBase, endpoint, attributes, endpoint));
  }

  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
