package verbatim.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The write endpoints: add articles, delete one, snapshot the index. {@link RequestGuard} has checked the token
 * before any of them runs (the snapshot endpoint checks it again itself).
 */
final class AdminHandlers {
  private final ServerConfig config;
  private final Backends backends;
  private final JsonOutput json;
  private final SnapshotEndpoint snapshots;

  AdminHandlers(ServerConfig config, Backends backends, JsonOutput json) {
    this.config = config;
    this.backends = backends;
    this.json = json;
    this.snapshots = new SnapshotEndpoint(config);
  }

  /** {@code POST /api/articles}: one JSON article, JSON Lines, or plain text; 201 with what was stored. */
  void add(Context ctx) throws IOException {
    ArticleStore st = backends.writableStore();
    String kind = bodyKind(ctx.contentType());
    byte[] body = readBody(ctx);
    if (body.length == 0) throw ApiException.badParameter("body", "the request body is empty");
    ArticleStore.Result result;
    try {
      result = st.add(body, kind);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "bad_article", e.getMessage(), Map.of());
    }
    if (result.ids().isEmpty()) {
      String first = result.failures().isEmpty() ? "no article in the body"
          : result.failures().get(0).source() + ": " + result.failures().get(0).reason();
      throw new ApiException(400, "bad_article", "nothing was stored: " + first, Map.of("failures", result.failures()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ids", result.ids());
    out.put("added", result.ids().size());
    out.put("quotes", result.quotes());
    out.put("failures", result.failures());
    out.put("warnings", result.warnings());
    ctx.header("Cache-Control", "no-store");
    ctx.status(201);
    json.send(ctx, out);
  }

  void delete(Context ctx) throws IOException {
    ArticleStore st = backends.writableStore();
    String id = ctx.pathParam("id");
    if (id.isBlank() || id.length() > ApiServer.MAX_ID_LENGTH)
      throw ApiException.badParameter("id", "article id is empty or longer than " + ApiServer.MAX_ID_LENGTH + " characters");
    if (!st.delete(id)) throw ApiException.notFound("no article with id '" + SearchRequestReader.clip(id) + "'");
    ctx.status(204);
  }

  /** {@code POST /api/admin/snapshot}, against the store the server holds at this moment. */
  void snapshot(Context ctx) throws IOException {
    snapshots.handle(ctx, backends.store());
  }

  /** The store's name for the body's media type (its synonyms for JSON Lines included), or 415. */
  private static String bodyKind(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    int semi = type.indexOf(';');
    String mediaType = (semi < 0 ? type : type.substring(0, semi)).strip();
    return switch (mediaType) {
      case "application/json" -> "application/json";
      case "application/x-ndjson", "application/jsonl", "application/json-lines", "application/x-jsonlines" -> "application/x-ndjson";
      case "text/plain" -> "text/plain";
      default -> throw new ApiException(415, "unsupported_media_type",
          "send application/json (one article), application/x-ndjson (one per line) or text/plain",
          Map.of("contentType", SearchRequestReader.clip(type)));
    };
  }

  /** The body, refused with 413 past the configured size whether or not Content-Length was sent. */
  private byte[] readBody(Context ctx) throws IOException {
    long max = config.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) throw tooLarge(max);
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 1024), max));
      byte[] chunk = new byte[8192];
      long total = 0;
      for (int n; (n = in.read(chunk)) > 0; ) {
        total += n;
        if (total > max) throw tooLarge(max);
        buf.write(chunk, 0, n);
      }
      return buf.toByteArray();
    }
  }

  private static ApiException tooLarge(long max) {
    return new ApiException(413, "body_too_large", "the request body is larger than " + max + " bytes",
        Map.of("maxBytes", max));
  }
}
