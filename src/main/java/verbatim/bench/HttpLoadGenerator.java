package verbatim.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP/1.1 load generator for loopback servers: N clients, each on its own keep-alive
 * connection (raw socket, so the generator itself costs little CPU on a 2-core machine), send GET requests
 * one after another over a list of paths until a time or request budget runs out. Anything other than a
 * complete 200 response with a body counts as an error.
 */
public final class HttpLoadGenerator {
  private static final int TIMEOUT_MS = 10_000;
  private final InetSocketAddress server;

  /** @throws IllegalArgumentException unless {@code host} is a loopback address: this never loads a remote host */
  public HttpLoadGenerator(String host, int port) throws IOException {
    InetAddress address = InetAddress.getByName(host);
    if (!address.isLoopbackAddress()) throw new IllegalArgumentException("load generation is for loopback only, not " + host);
    if (port < 1 || port > 65535) throw new IllegalArgumentException("bad port " + port);
    this.server = new InetSocketAddress(address, port);
  }

  /**
   * Outcome of one load level.
   *
   * @param clients      concurrent clients
   * @param requests     completed requests (successful or not)
   * @param errors       failed requests: non-200, broken or timed-out responses
   * @param wallS        wall seconds of the measured phase
   * @param rps          requests / wall second
   * @param latency      latency of the successful requests
   * @param statuses     status code → count (0 = I/O failure)
   * @param firstErrors  a few error descriptions
   */
  public record Result(int clients, long requests, long errors, double wallS, double rps, LatencyStats latency,
                       Map<Integer, Long> statuses, List<String> firstErrors) {}

  /**
   * Runs {@code clients} clients over {@code paths} (cycled, each client starting at a different offset):
   * first an unmeasured warm-up of {@code warmupMs}, then a measured phase that stops after {@code durationMs}
   * or {@code maxRequests} requests, whichever comes first.
   */
  public Result run(List<String> paths, int clients, long warmupMs, long durationMs, long maxRequests) throws InterruptedException {
    if (paths.isEmpty()) throw new IllegalArgumentException("no paths");
    if (clients < 1 || clients > 256) throw new IllegalArgumentException("clients must be within 1..256");
    if (durationMs < 1 || maxRequests < 1) throw new IllegalArgumentException("the budget must be positive");
    for (String p : paths) if (!p.startsWith("/") || p.chars().anyMatch(c -> c <= ' ' || c > '~'))
      throw new IllegalArgumentException("path must start with / and be percent-encoded ASCII: " + p);
    if (warmupMs > 0) phase(paths, clients, warmupMs, Long.MAX_VALUE);
    return phase(paths, clients, durationMs, maxRequests);
  }

  private Result phase(List<String> paths, int clients, long durationMs, long maxRequests) throws InterruptedException {
    AtomicLong issued = new AtomicLong();
    Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    double[][] latencies = new double[clients][];
    int[] counts = new int[clients];
    long start = System.nanoTime();
    long deadline = start + durationMs * 1_000_000L;
    Thread[] threads = new Thread[clients];
    for (int c = 0; c < clients; c++) {
      int id = c;
      threads[c] = Thread.ofPlatform().name("load-" + c).start(() -> {
        double[] lat = new double[1024];
        int n = 0;
        int next = (int) ((long) id * paths.size() / clients);
        Connection conn = null;
        while (System.nanoTime() < deadline && issued.getAndIncrement() < maxRequests) {
          String path = paths.get(next);
          next = (next + 1) % paths.size();
          long t0 = System.nanoTime();
          int status;
          String problem = null;
          try {
            if (conn == null) conn = new Connection(server);
            Response r = conn.get(path);
            status = r.status();
            if (r.close()) {
              conn.close();
              conn = null;
            }
            if (status != 200) problem = "HTTP " + status + " for " + path;
            else if (r.bodyLength() == 0) problem = "empty 200 body for " + path;
          } catch (IOException e) {
            status = 0;
            problem = e.getClass().getSimpleName() + " " + e.getMessage() + " for " + path;
            if (conn != null) conn.close();
            conn = null;
          }
          double ms = (System.nanoTime() - t0) / 1e6;
          statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
          if (problem != null) {
            if (errors.size() < 5) errors.add(problem);
            continue;
          }
          if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
          lat[n++] = ms;
        }
        if (conn != null) conn.close();
        latencies[id] = lat;
        counts[id] = n;
      });
    }
    for (Thread t : threads) t.join();
    double wallS = (System.nanoTime() - start) / 1e9;
    int ok = 0;
    for (int c : counts) ok += c;
    double[] all = new double[ok];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies[c], 0, all, at, counts[c]);
      at += counts[c];
    }
    Map<Integer, Long> byStatus = new TreeMap<>();
    statuses.forEach((k, v) -> byStatus.put(k, v.get()));
    long requests = byStatus.values().stream().mapToLong(Long::longValue).sum();
    long failed = requests - ok;
    return new Result(clients, requests, failed, wallS, requests / wallS, ok == 0 ? null : LatencyStats.of(all),
        byStatus, List.copyOf(errors));
  }

  /** A parsed response: status, body size, whether the server closes the connection after it. */
  record Response(int status, long bodyLength, boolean close) {}

  /** One keep-alive connection. */
  private static final class Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String host;

    Connection(InetSocketAddress server) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(server, TIMEOUT_MS);
      socket.setSoTimeout(TIMEOUT_MS);
      in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
      out = new BufferedOutputStream(socket.getOutputStream(), 4096);
      host = server.getAddress().getHostAddress() + ":" + server.getPort();
    }

    Response get(String path) throws IOException {
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return readResponse(in);
    }

    void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  /** Reads one HTTP/1.1 response (Content-Length, chunked, or until close), discarding the body. */
  static Response readResponse(InputStream in) throws IOException {
    String statusLine = line(in);
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("bad status line '" + statusLine + "'");
    int status;
    try {
      status = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new IOException("bad status line '" + statusLine + "'");
    }
    long length = -1;
    boolean chunked = false;
    boolean close = parts[0].equals("HTTP/1.0");
    String h;
    while (!(h = line(in)).isEmpty()) {
      int colon = h.indexOf(':');
      if (colon < 0) throw new IOException("bad header line '" + h + "'");
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> {
          try {
            length = Long.parseLong(value);
          } catch (NumberFormatException e) {
            throw new IOException("bad content-length '" + value + "'");
          }
        }
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> {
          if (value.contains("close")) close = true;
          else if (value.contains("keep-alive")) close = false;
        }
        default -> { }
      }
    }
    long body = 0;
    if (status == 204 || status == 304 || (status >= 100 && status < 200)) return new Response(status, 0, close);
    if (chunked) {
      while (true) {
        String size = line(in);
        int semi = size.indexOf(';');
        long n;
        try {
          n = Long.parseLong((semi >= 0 ? size.substring(0, semi) : size).trim(), 16);
        } catch (NumberFormatException e) {
          throw new IOException("bad chunk size '" + size + "'");
        }
        if (n == 0) {
          while (!line(in).isEmpty()) { } // trailers
          break;
        }
        skip(in, n);
        body += n;
        if (!line(in).isEmpty()) throw new IOException("chunk not followed by CRLF");
      }
    } else if (length >= 0) {
      skip(in, length);
      body = length;
    } else {
      byte[] buf = new byte[8192];
      int r;
      while ((r = in.read(buf)) >= 0) body += r;
      close = true;
    }
    return new Response(status, body, close);
  }

  private static void skip(InputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long s = in.skip(left);
      if (s <= 0) {
        if (in.read() < 0) throw new EOFException("response body cut short");
        s = 1;
      }
      left -= s;
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder(64);
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') sb.setLength(n - 1);
        return sb.toString();
      }
      if (sb.length() > 16_384) throw new IOException("header line too long");
      sb.append((char) c);
    }
    throw new EOFException("connection closed mid-response");
  }
}
