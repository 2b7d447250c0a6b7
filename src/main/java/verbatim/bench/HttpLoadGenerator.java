package verbatim.bench;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    // every request's bytes are built once, not per request: the generator shares the server's 2 cores
    String hostHeader = server.getAddress().getHostAddress() + ":" + server.getPort();
    byte[][] wire = new byte[paths.size()][];
    for (int i = 0; i < wire.length; i++) {
      wire[i] = ("GET " + paths.get(i) + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAccept: application/json\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII);
    }
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    ClientTally[] tallies = new ClientTally[clients];
    long start = System.nanoTime();
    Budget budget = new Budget(start + durationMs * 1_000_000L, maxRequests, new AtomicLong());
    Thread[] threads = new Thread[clients];
    for (int c = 0; c < clients; c++) {
      int first = (int) ((long) c * paths.size() / clients);
      ClientTally tally = new ClientTally();
      tallies[c] = tally;
      threads[c] = Thread.ofPlatform().name("load-" + c)
          .start(() -> client(paths, wire, first, budget, tally, errors));
    }
    for (Thread t : threads) t.join();
    return result(clients, tallies, (System.nanoTime() - start) / 1e9, errors);
  }

  /** When a phase ends: at its deadline or once {@code maxRequests} requests were issued by all clients together. */
  private record Budget(long deadline, long maxRequests, AtomicLong issued) {}

  /** One client: requests {@code paths} in turn from {@code first} on one keep-alive connection until the budget ends. */
  private void client(List<String> paths, byte[][] wire, int first, Budget budget, ClientTally tally,
      List<String> errors) {
    int next = first;
    Connection conn = null;
    while (System.nanoTime() < budget.deadline() && budget.issued().getAndIncrement() < budget.maxRequests()) {
      int index = next;
      next = (next + 1) % paths.size();
      long t0 = System.nanoTime();
      int status;
      String problem = null;
      try {
        if (conn == null) conn = new Connection(server);
        Response r = conn.get(wire[index]);
        status = r.status();
        if (r.close()) {
          conn.close();
          conn = null;
        }
        if (status != 200) problem = "HTTP " + status + " for " + paths.get(index);
        else if (r.bodyLength() == 0) problem = "empty 200 body for " + paths.get(index);
      } catch (IOException e) {
        status = 0;
        problem = e.getClass().getSimpleName() + " " + e.getMessage() + " for " + paths.get(index);
        if (conn != null) conn.close();
        conn = null;
      }
      long nanos = System.nanoTime() - t0; // from the first byte sent to the last byte of the response read
      tally.count(status);
      if (problem != null) {
        if (errors.size() < 5) errors.add(problem);
        continue;
      }
      tally.ok(nanos / 1e6);
    }
    if (conn != null) conn.close();
  }

  private static Result result(int clients, ClientTally[] tallies, double wallS, List<String> errors) {
    int ok = 0;
    for (ClientTally t : tallies) ok += t.n;
    double[] all = new double[ok];
    int at = 0;
    Map<Integer, Long> byStatus = new TreeMap<>();
    for (ClientTally t : tallies) {
      System.arraycopy(t.latencies, 0, all, at, t.n);
      at += t.n;
      t.statuses.forEach((k, v) -> byStatus.merge(k, v[0], Long::sum));
    }
    long requests = byStatus.values().stream().mapToLong(Long::longValue).sum();
    long failed = requests - ok;
    return new Result(clients, requests, failed, wallS, requests / wallS, ok == 0 ? null : LatencyStats.of(all),
        byStatus, List.copyOf(errors));
  }

  /** One client's counts, touched by its own thread only (no shared counters on the hot path). */
  private static final class ClientTally {
    private final Map<Integer, long[]> statuses = new HashMap<>();
    private double[] latencies = new double[1024];
    private int n;

    void count(int status) {
      long[] c = statuses.get(status);
      if (c == null) statuses.put(status, c = new long[1]);
      c[0]++;
    }

    void ok(double ms) {
      if (n == latencies.length) latencies = Arrays.copyOf(latencies, n * 2);
      latencies[n++] = ms;
    }
  }

  /** A parsed response: status, body size, whether the server closes the connection after it. */
  record Response(int status, long bodyLength, boolean close) {}

  /** One keep-alive connection. */
  private static final class Connection {
    private final Socket socket;
    private final ResponseReader in;
    private final OutputStream out;

    Connection(InetSocketAddress server) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(server, TIMEOUT_MS);
      socket.setSoTimeout(TIMEOUT_MS);
      in = new ResponseReader(socket.getInputStream(), 1 << 16);
      out = socket.getOutputStream();
    }

    Response get(byte[] request) throws IOException {
      out.write(request); // one write, one segment: the request is small
      return in.response();
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
    return new ResponseReader(in, 1).response(); // a one-byte buffer never reads past this response
  }

  /**
   * Parses responses straight from its own buffer: header names are matched as ASCII bytes, bodies are skipped
   * without copying, and nothing is allocated per header. Not thread-safe (one per connection).
   */
  static final class ResponseReader {
    private static final byte[] CONTENT_LENGTH = ascii("content-length");
    private static final byte[] TRANSFER_ENCODING = ascii("transfer-encoding");
    private static final byte[] CONNECTION = ascii("connection");
    private static final byte[] CHUNKED = ascii("chunked");
    private static final byte[] CLOSE = ascii("close");
    private static final byte[] KEEP_ALIVE = ascii("keep-alive");
    private static final int MAX_LINE = 16_384;

    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int limit;
    /** The last line read: buf[lineStart, lineEnd), without CR LF, when it fit in the buffer. */
    private int lineStart;
    private int lineEnd;
    private byte[] longLine; // a line that did not fit in the buffer

    ResponseReader(InputStream in, int bufferSize) {
      this.in = in;
      this.buf = new byte[Math.max(bufferSize, 1)];
    }

    Response response() throws IOException {
      readLine();
      byte[] l = lineBytes();
      int from = lineOffset();
      int len = lineLength();
      // "HTTP/1.x SSS reason"
      if (len < 12 || !startsWith(l, from, len, "HTTP/1.") || l[from + 8] != ' ')
        throw new IOException("bad status line '" + lineText() + "'");
      int status = 0;
      for (int i = from + 9; i < from + 12; i++) {
        int d = l[i] - '0';
        if (d < 0 || d > 9) throw new IOException("bad status line '" + lineText() + "'");
        status = status * 10 + d;
      }
      if (len > 12 && l[from + 12] != ' ') throw new IOException("bad status line '" + lineText() + "'");
      boolean close = l[from + 7] == '0';
      long length = -1;
      boolean chunked = false;
      while (readLine() > 0) {
        l = lineBytes();
        from = lineOffset();
        len = lineLength();
        int colon = indexOf(l, from, from + len, (byte) ':');
        if (colon < 0) throw new IOException("bad header line '" + lineText() + "'");
        int nameEnd = trimEnd(l, from, colon);
        int valueFrom = trimStart(l, colon + 1, from + len);
        int valueEnd = trimEnd(l, valueFrom, from + len);
        if (nameIs(l, from, nameEnd, CONTENT_LENGTH)) {
          length = decimal(l, valueFrom, valueEnd);
        } else if (nameIs(l, from, nameEnd, TRANSFER_ENCODING)) {
          chunked = contains(l, valueFrom, valueEnd, CHUNKED);
        } else if (nameIs(l, from, nameEnd, CONNECTION)) {
          if (contains(l, valueFrom, valueEnd, CLOSE)) close = true;
          else if (contains(l, valueFrom, valueEnd, KEEP_ALIVE)) close = false;
        }
      }
      if (status == 204 || status == 304 || (status >= 100 && status < 200)) return new Response(status, 0, close);
      long body = 0;
      if (chunked) {
        while (true) {
          readLine();
          l = lineBytes();
          from = lineOffset();
          len = lineLength();
          int end = indexOf(l, from, from + len, (byte) ';');
          long n = hex(l, from, end < 0 ? from + len : end);
          if (n == 0) {
            while (readLine() > 0) { } // trailers
            break;
          }
          skip(n);
          body += n;
          if (readLine() != 0) throw new IOException("chunk not followed by CRLF");
        }
      } else if (length >= 0) {
        skip(length);
        body = length;
      } else {
        body = limit - pos;
        pos = limit;
        for (int r; (r = in.read(buf)) >= 0; ) body += r;
        close = true;
      }
      return new Response(status, body, close);
    }

    private boolean fill() throws IOException {
      int r = in.read(buf, 0, buf.length);
      if (r <= 0) return false;
      pos = 0;
      limit = r;
      return true;
    }

    /** Reads one line into the buffer (or longLine); returns its length without CR LF. */
    private int readLine() throws IOException {
      longLine = null;
      int start = pos;
      while (true) {
        for (int i = start; i < limit; i++) {
          if (buf[i] == '\n') {
            lineStart = pos;
            lineEnd = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
            pos = i + 1;
            return lineEnd - lineStart;
          }
        }
        // no end of line in the buffer: keep what was read and read more
        if (pos > 0 && limit - pos < buf.length) {
          System.arraycopy(buf, pos, buf, 0, limit - pos);
          limit -= pos;
          pos = 0;
        }
        if (limit == buf.length) return readLongLine();
        start = limit;
        int r = in.read(buf, limit, buf.length - limit);
        if (r <= 0) throw new EOFException("connection closed mid-response");
        limit += r;
      }
    }

    /** Slow path for a buffer too small to hold the line (tiny test buffers, huge headers). */
    private int readLongLine() throws IOException {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(64);
      line.write(buf, pos, limit - pos);
      pos = limit;
      while (true) {
        if (pos == limit && !fill()) throw new EOFException("connection closed mid-response");
        byte b = buf[pos++];
        if (b == '\n') break;
        if (line.size() > MAX_LINE) throw new IOException("header line too long");
        line.write(b);
      }
      byte[] bytes = line.toByteArray();
      int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
      longLine = Arrays.copyOf(bytes, n);
      return n;
    }

    private byte[] lineBytes() {
      return longLine != null ? longLine : buf;
    }

    private int lineOffset() {
      return longLine != null ? 0 : lineStart;
    }

    private int lineLength() {
      return longLine != null ? longLine.length : lineEnd - lineStart;
    }

    private String lineText() {
      return new String(lineBytes(), lineOffset(), Math.min(lineLength(), 200), StandardCharsets.ISO_8859_1);
    }

    private void skip(long n) throws IOException {
      long left = n;
      while (left > 0) {
        if (pos == limit && !fill()) throw new EOFException("response body cut short");
        int take = (int) Math.min(left, limit - pos);
        pos += take;
        left -= take;
      }
    }

    private static boolean startsWith(byte[] b, int from, int len, String prefix) {
      if (len < prefix.length()) return false;
      for (int i = 0; i < prefix.length(); i++) if (b[from + i] != prefix.charAt(i)) return false;
      return true;
    }

    private static int indexOf(byte[] b, int from, int to, byte c) {
      for (int i = from; i < to; i++) if (b[i] == c) return i;
      return -1;
    }

    private static int trimStart(byte[] b, int from, int to) {
      while (from < to && (b[from] == ' ' || b[from] == '\t')) from++;
      return from;
    }

    private static int trimEnd(byte[] b, int from, int to) {
      while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) to--;
      return to;
    }

    /** ASCII case-insensitive name match (never locale-dependent). */
    private static boolean nameIs(byte[] b, int from, int to, byte[] lowerName) {
      if (to - from != lowerName.length) return false;
      for (int i = 0; i < lowerName.length; i++) if (lower(b[from + i]) != lowerName[i]) return false;
      return true;
    }

    private static boolean contains(byte[] b, int from, int to, byte[] lowerWord) {
      outer:
      for (int i = from; i + lowerWord.length <= to; i++) {
        for (int j = 0; j < lowerWord.length; j++) if (lower(b[i + j]) != lowerWord[j]) continue outer;
        return true;
      }
      return false;
    }

    private static byte lower(byte c) {
      return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
    }

    private long decimal(byte[] b, int from, int to) throws IOException {
      if (from == to || to - from > 18) throw new IOException("bad content-length '" + lineText() + "'");
      long v = 0;
      for (int i = from; i < to; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) throw new IOException("bad content-length '" + lineText() + "'");
        v = v * 10 + d;
      }
      return v;
    }

    private long hex(byte[] b, int from, int to) throws IOException {
      from = trimStart(b, from, to);
      to = trimEnd(b, from, to);
      if (from == to || to - from > 15) throw new IOException("bad chunk size '" + lineText() + "'");
      long v = 0;
      for (int i = from; i < to; i++) {
        int d = Character.digit(b[i], 16);
        if (d < 0) throw new IOException("bad chunk size '" + lineText() + "'");
        v = v * 16 + d;
      }
      return v;
    }

    private static byte[] ascii(String s) {
      return s.getBytes(StandardCharsets.US_ASCII);
    }
  }
}
