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
import java.util.concurrent.TimeUnit;

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
