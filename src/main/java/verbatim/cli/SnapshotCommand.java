package verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.index.Indexer;

/**
 * {@code ./verbatim snapshot DIR}: a consistent copy of the index in DIR. When a server holds the index (its
 * writer's lock), the server makes the copy while it goes on serving and writing ({@code POST /api/admin/snapshot});
 * otherwise this process opens the index and copies it itself.
 */
final class SnapshotCommand implements Command {
  @Override
  public String name() {
    return "snapshot";
  }

  @Override
  public String summary() {
    return "copy the index consistently, also while it is being served";
  }

  @Override
  public String usage() {
    return """
        Usage: ./verbatim snapshot DIR [--index DIR] [--server URL] [--admin-token T]

        Copies the index's last commit into DIR (empty or missing), writing the commit point last.
        When ./verbatim serve holds the index, the server writes the copy (it needs its admin token;
        DIR must be a path the server can write), and keeps serving and writing meanwhile.

          --index DIR       index directory (default: index)
          --server URL      the server holding the index (default: http://localhost:7070)
          --admin-token T   its admin token (default: VERBATIM_ADMIN_TOKEN)
        """;
  }

  @Override
  public int run(List<String> argv) throws Exception {
    Args args = Args.parse(argv, Set.of("index", "server", "admin-token"), Set.of());
    if (args.positional().size() != 1) throw new Args.UsageException("give one snapshot directory");
    Path target = Path.of(args.positional().get(0)).toAbsolutePath().normalize();
    Path index = args.path("index", "index");
    long records;
    if (args.has("server") || RestoreCommand.isHeld(index)) {
      String server = args.get("server", "http://localhost:7070");
      String token = args.get("admin-token", System.getenv("VERBATIM_ADMIN_TOKEN"));
      if (token == null || token.isBlank())
        throw new Args.UsageException("the index is held by a server: give its --admin-token (or VERBATIM_ADMIN_TOKEN)");
      records = viaServer(server, token, target);
      System.out.println("the server at " + server + " copied the index into " + target + ": " + records + " records");
    } else {
      try (Indexer indexer = Indexer.open(index)) {
        records = indexer.snapshotTo(target);
      }
      System.out.println("copied " + index + " into " + target + ": " + records + " records");
    }
    return 0;
  }

  static long viaServer(String server, String token, Path target) throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    HttpRequest req = HttpRequest.newBuilder(URI.create(server.replaceAll("/+$", "") + "/api/admin/snapshot"))
        .timeout(Duration.ofMinutes(30))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of("directory", target.toString()))))
        .build();
    HttpResponse<String> resp;
    try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
      resp = client.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IOException("cannot reach the server at " + server + " (" + e.getMessage() + ")", e);
    }
    JsonNode body = json.readTree(resp.body().isEmpty() ? "{}" : resp.body());
    if (resp.statusCode() != 201) {
      String message = body.path("error").path("message").asText(body.path("message").asText(resp.body()));
      throw new IOException("the server refused the snapshot (" + resp.statusCode() + "): " + message);
    }
    return body.path("records").asLong();
  }
}
