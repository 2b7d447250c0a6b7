package verbatim.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before any route runs (a URL or headers over 8 KB, a NUL byte, bad
 * percent-encoding or a {@code ..} segment in the path, a malformed request line), in the API's one error shape
 * {@code {"error", "message", "details"}} with words a user understands, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SecurityHeaders headers;

  JsonErrorHandler(SecurityHeaders headers) {
    this.headers = headers;
  }

  /** Errors found while parsing the request (414, 431, a malformed line): the connection is closed after it. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    headers.apply(null, fields);
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    return ByteBuffer.wrap(body(status));
  }

  /** Errors for a request that was read (e.g. an ambiguous path): same body, written through the response. */
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    Object attribute = request.getAttribute(ERROR_STATUS);
    if (attribute instanceof Integer s && s >= 400) status = s;
    response.setStatus(status);
    HttpFields.Mutable fields = response.getHeaders();
    String path = null;
    try {
      path = Request.getPathInContext(request);
    } catch (RuntimeException unreadable) {
      // a path too broken to decode gets the API's headers
    }
    headers.apply(path, fields);
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body(status)), callback);
    return true;
  }

  static byte[] body(int status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code(status));
    body.put("message", message(status));
    body.put("details", Map.of());
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      return ("{\"error\":\"internal\",\"message\":\"internal error\",\"details\":{}}").getBytes(StandardCharsets.UTF_8);
    }
  }

  static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 408 -> "request_timeout";
      case 413 -> "body_too_large";
      case 414 -> "uri_too_long";
      case 415 -> "unsupported_media_type";
      case 431 -> "headers_too_large";
      case 503 -> "unavailable";
      default -> status >= 500 ? "internal" : "http_" + status;
    };
  }

  static String message(int status) {
    return switch (status) {
      case 400 -> "the request could not be read: its request line, path or headers are malformed (for example"
          + " invalid percent-encoding, a NUL byte or a '..' segment in the path)";
      case 404 -> "no such page or route";
      case 405 -> "this method is not allowed here";
      case 408 -> "the request took too long to arrive";
      case 413 -> "the request body is too large";
      case 414 -> "the URL is too long (the limit is 8 KB): send fewer or shorter parameters";
      case 415 -> "unsupported content type";
      case 431 -> "the request headers are too large (the limit is 8 KB)";
      case 503 -> "the service is unavailable; retry shortly";
      default -> status >= 500 ? "the server failed on this request; it has been logged" : "the request was refused (HTTP " + status + ")";
    };
  }
}
