package verbatim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/admin/snapshot} with {@code {"directory": "/absolute/path"}} and the admin bearer token: the
 * serving process, which holds the index's writer, copies its last commit into that empty directory while it
 * goes on serving and writing ({@code ./verbatim snapshot DIR} calls it when a server holds the index).
 */
public final class SnapshotEndpoint {

  /** What can copy the open index: the admin store of {@code serve}. */
  public interface Source {
    /** Copies a consistent commit of the index into the empty or missing {@code target}; returns its records. */
    long snapshotTo(Path target) throws IOException;
  }

  private final ServerConfig config;
  private final ObjectMapper json = new ObjectMapper();

  public SnapshotEndpoint(ServerConfig config) {
    this.config = config;
  }

  /** Handles one request against the store the server holds now (null until the index is open). */
  public void handle(Context ctx, ArticleStore store) throws IOException {
    AdminAuth.authorize(ctx, config);
    if (!(store instanceof Source source)) throw ApiException.unavailable("the index is not open for writing yet");
    Path target = target(ctx.bodyAsBytes());
    long t0 = System.nanoTime();
    long records;
    try {
      records = source.snapshotTo(target);
    } catch (IOException e) {
      throw new ApiException(409, "snapshot_failed", "cannot write the snapshot: " + e.getMessage(), Map.of());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("directory", target.toString());
    out.put("records", records);
    out.put("seconds", (System.nanoTime() - t0) / 1e9);
    ctx.header("Cache-Control", "no-store");
    ctx.status(201).json(out);
  }

  /** The absolute directory named by the body's {@code directory} field. */
  private Path target(byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      root = null;
    }
    JsonNode dir = root == null || !root.isObject() ? null : root.get("directory");
    if (dir == null || !dir.isTextual() || dir.asText().isBlank())
      throw ApiException.badParameter("directory", "send {\"directory\": \"/absolute/path\"} naming an empty directory");
    try {
      Path p = Path.of(dir.asText());
      if (!p.isAbsolute()) throw ApiException.badParameter("directory", "the snapshot directory must be an absolute path");
      return p.normalize();
    } catch (InvalidPathException e) {
      throw ApiException.badParameter("directory", "not a valid path: " + SearchRequestReader.clip(dir.asText()));
    }
  }
}
