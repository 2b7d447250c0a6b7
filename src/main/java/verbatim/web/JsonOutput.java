package verbatim.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes JSON response bodies: the one object mapper of the API (Javalin's too), and how bytes reach the client. */
final class JsonOutput {
  private static final Logger LOG = LoggerFactory.getLogger(JsonOutput.class);
  private static final String JSON = "application/json";
  /** Jetty copies writes up to its output aggregation size (8 KiB by default) into the response buffer. */
  private static final int WRITE_SLICE = 4096;

  private final ObjectMapper mapper = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  ObjectMapper mapper() {
    return mapper;
  }

  /** One value as a line of JSON text (export rows). */
  String line(Object value) throws JsonProcessingException {
    return mapper.writeValueAsString(value);
  }

  /**
   * Serialises straight to UTF-8 bytes (Javalin's {@code ctx.json} builds a String, then encodes it again) and
   * writes them to the response stream. Not through {@code ctx.result(bytes)}: Javalin would wrap the bytes in a
   * stream and copy them over through a fresh buffer per request (4–6% of the server's allocation under load).
   * {@code ctx.outputStream()} still compresses for clients that ask for it. The bytes go in slices no larger
   * than Jetty aggregates ({@link #WRITE_SLICE}): a body that fits Jetty's response buffer (32 KiB) then leaves
   * whole with a Content-Length, where one large write would be sent chunked.
   */
  void send(Context ctx, Object body) throws UncheckedIOException {
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    ctx.contentType(JSON);
    try {
      OutputStream out = ctx.outputStream();
      for (int at = 0; at < bytes.length; at += WRITE_SLICE) out.write(bytes, at, Math.min(WRITE_SLICE, bytes.length - at));
    } catch (IOException e) {
      LOG.debug("{} {}: the client went away before the response was sent: {}", ctx.method(), ctx.path(), e.getMessage());
    }
  }
}
