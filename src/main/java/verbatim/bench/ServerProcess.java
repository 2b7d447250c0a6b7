package verbatim.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real server ({@code ./verbatim serve}) as a child process on a free loopback port, its output in a log
 * file. Stopped with SIGTERM (so shutdown hooks and a JFR dump run), killed if it does not stop.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private ServerProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts {@code javaCommand + [verbatim.cli.Main, serve, --port, P] + serveArgs}, waiting until /health answers 200. */
  public static ServerProcess start(List<String> javaCommand, List<String> serveArgs, Path log, long timeoutSeconds)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> cmd = new java.util.ArrayList<>(javaCommand);
    cmd.addAll(List.of("verbatim.cli.Main", "serve", "--port", Integer.toString(port), "--bind", "127.0.0.1"));
    cmd.addAll(serveArgs);
    Files.createDirectories(log.toAbsolutePath().getParent());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ServerProcess s = new ServerProcess(p, port, log);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) throw new IOException("the server exited with code " + p.exitValue() + " before answering; see " + log);
      if (s.healthy()) return s;
      Thread.sleep(250);
    }
    s.close();
    throw new IOException("the server did not answer /health within " + timeoutSeconds + " s; see " + log);
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  /**
   * CPU time the server's threads have used so far, by what they do, in nanoseconds.
   *
   * @param compiler the JIT compiler threads: busy while the server is still warming up
   * @param gc       garbage collection and VM housekeeping threads
   * @param other    everything else: request threads, search helpers, the access log…
   */
  public record ThreadCpu(long compiler, long gc, long other) {
    public long total() {
      return compiler + gc + other;
    }

    /** The JIT compiler's share of the CPU used (0 when none was used). */
    public double compilerShare() {
      return total() == 0 ? 0 : (double) compiler / total();
    }

    /** What was used between {@code before} and this reading. */
    public ThreadCpu minus(ThreadCpu before) {
      return new ThreadCpu(compiler - before.compiler, gc - before.gc, other - before.other);
    }
  }

  /** The server's CPU time by thread role, from /proc; empty where the platform has no per-thread accounting. */
  public Optional<ThreadCpu> threadCpu() {
    return threadCpu(Path.of("/proc", Long.toString(process.pid()), "task"));
  }

  /** Reads {@code taskDir}/{tid}/stat of every thread (Linux); threads that end meanwhile are skipped. */
  static Optional<ThreadCpu> threadCpu(Path taskDir) {
    if (!Files.isDirectory(taskDir)) return Optional.empty();
    long compiler = 0;
    long gc = 0;
    long other = 0;
    try (Stream<Path> tasks = Files.list(taskDir)) {
      for (Path t : (Iterable<Path>) tasks::iterator) {
        String stat;
        try {
          stat = Files.readString(t.resolve("stat"), StandardCharsets.US_ASCII);
        } catch (IOException | java.io.UncheckedIOException e) {
          continue; // the thread ended between the listing and the read
        }
        ThreadStat ts = ThreadStat.parse(stat);
        if (ts == null) continue;
        switch (role(ts.name())) {
          case "compiler" -> compiler += ts.cpuNanos();
          case "gc" -> gc += ts.cpuNanos();
          default -> other += ts.cpuNanos();
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(new ThreadCpu(compiler, gc, other));
  }

  /** HotSpot's names for its own threads ("C2 CompilerThread0" is cut to 15 characters by the kernel). */
  static String role(String threadName) {
    if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) return "compiler";
    if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.startsWith("VM Thread")
        || threadName.startsWith("VM Periodic")) return "gc";
    return "other";
  }

  /** One line of /proc/PID/task/TID/stat: the thread's name and its user + system CPU time. */
  record ThreadStat(String name, long cpuNanos) {
    /** Kernel clock ticks per second ({@code getconf CLK_TCK}: 100 on Linux builds for decades). */
    static final long TICKS_PER_SECOND = 100;

    /** Null when the line is not of that form. The name may itself hold spaces and parentheses. */
    static ThreadStat parse(String line) {
      int open = line.indexOf('(');
      int close = line.lastIndexOf(')');
      if (open < 0 || close < open || close + 2 > line.length()) return null;
      String[] f = line.substring(close + 2).strip().split(" ");
      if (f.length < 13) return null;
      try {
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime: fields 14 and 15 of stat
        return new ThreadStat(line.substring(open + 1, close), ticks * (1_000_000_000L / TICKS_PER_SECOND));
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  private boolean healthy() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return HttpLoadGenerator.readResponse(in).status() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) return;
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  public Path log() {
    return log;
  }
}
