package verbatim.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The soak's admin traffic over a fixed-size pool of {@link SoakArticles}: the pool (articles 0 to size − 1) is
 * posted first in batches, then write {@code k} alternately adds the next article and deletes the oldest one left,
 * so the index holds {@code size} or {@code size} + 1 soak articles for the whole run: what a service in use sees
 * (new stories in, old ones out), with a steady index rather than one that grows with the run's length.
 */
final class SoakWrites {
  /** Articles posted in one request while seeding (one commit each). */
  static final int SEED_BATCH = 100;

  private final String base;
  private final String token;
  private final int size;

  SoakWrites(String base, String token, int size) {
    if (size < 1) throw new IllegalArgumentException("the pool holds at least one article");
    this.base = base;
    this.token = token;
    this.size = size;
  }

  int size() {
    return size;
  }

  /** The requests that post the pool, {@link #SEED_BATCH} articles each. */
  List<HttpRequest> seed() {
    List<HttpRequest> out = new ArrayList<>();
    for (int from = 0; from < size; from += SEED_BATCH) {
      StringBuilder lines = new StringBuilder();
      for (int n = from; n < Math.min(size, from + SEED_BATCH); n++) lines.append(SoakArticles.jsonLine(n)).append('\n');
      out.add(post(lines.toString(), "application/x-ndjson"));
    }
    return out;
  }

  /** Write {@code k} (from 0) after seeding: even, add article size + k/2; odd, delete article (k − 1)/2. */
  HttpRequest write(long k) {
    if (k % 2 == 0) return post(SoakArticles.jsonLine(size + k / 2), "application/json");
    return admin(URI.create(base + "/api/articles/" + SoakArticles.id((k - 1) / 2))).DELETE().build();
  }

  /** Soak articles in the index once write {@code k} is done (all writes before it having succeeded). */
  long poolAfter(long k) {
    return size + (k % 2 == 0 ? 1 : 0);
  }

  private HttpRequest post(String body, String contentType) {
    return admin(URI.create(base + "/api/articles")).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private HttpRequest.Builder admin(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
  }
}
