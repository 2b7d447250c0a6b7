package verbatim.web;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * What the server does at the edge, below Javalin's routes: security headers on every response, Jetty's own
 * errors as JSON, and the {@link ConnectionGuard}'s limits on every connector.
 */
final class JettyEdge {
  private JettyEdge() {}

  /** Wires the edge into {@code c}, with {@code guard} watching every connection. */
  static void install(JavalinConfig c, ServerConfig config, ConnectionGuard guard) {
    SecurityHeaders headers = new SecurityHeaders(config.origins());
    JsonErrorHandler errors = new JsonErrorHandler(headers);
    c.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
    c.jetty.modifyServer(server -> {
      server.setErrorHandler(errors);
      // Javalin adds its handler and connectors after this runs; they are in place once the server starts
      server.addEventListener(new LifeCycle.Listener() {
        @Override
        public void lifeCycleStarting(LifeCycle event) {
          server.insertHandler(new HeaderStamper(headers));
          for (Connector connector : server.getConnectors()) connector.addBean(guard);
        }
      });
    });
  }

  /** Puts the security headers on a response before anything else writes it. */
  private static final class HeaderStamper extends Handler.Wrapper {
    private final SecurityHeaders headers;

    HeaderStamper(SecurityHeaders headers) {
      this.headers = headers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      String path;
      try {
        path = Request.getPathInContext(request);
      } catch (RuntimeException unreadable) {
        path = null;
      }
      headers.apply(path, response.getHeaders());
      return super.handle(request, response, callback);
    }
  }
}
