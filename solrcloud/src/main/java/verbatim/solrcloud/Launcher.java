package verbatim.solrcloud;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * A local SolrCloud for trying and testing Verbatim's SolrCloud backend: one ZooKeeper and N Solr nodes, each in
 * its own JVM process, so killing one is a real node loss.
 *
 * <pre>
 *   start [--nodes N] [--dir DIR]   starts what is not running yet (a killed node comes back on its port and home)
 *   stop [--dir DIR]                stops every process of DIR
 *   zookeeper DIR PORT              (one process) the ZooKeeper server
 *   node DIR I PORT ZKHOST          (one process) Solr node I
 * </pre>
 *
 * DIR keeps {@code cluster.properties} (the ports, chosen once), one {@code NAME.pid} and {@code NAME.log} per
 * process, ZooKeeper's data and each node's Solr home.
 */
public final class Launcher {
  private static final int WAIT_SECONDS = 120;

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) usage();
    List<String> rest = List.of(args).subList(1, args.length);
    switch (args[0]) {
      case "start" -> System.exit(start(option(rest, "--dir", "solrcloud-run"), Integer.parseInt(option(rest, "--nodes", "3"))));
      case "stop" -> System.exit(stop(option(rest, "--dir", "solrcloud-run")));
      case "zookeeper" -> ZooKeeperProcess.run(Path.of(args[1]), Integer.parseInt(args[2]));
      case "node" -> SolrNodeProcess.run(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]);
      default -> usage();
    }
  }

  private static void usage() {
    System.err.println("usage: start [--nodes N] [--dir DIR] | stop [--dir DIR]");
    System.exit(2);
  }

  private static String option(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    if (i < 0) return fallback;
    if (i + 1 >= args.size()) throw new IllegalArgumentException(name + " needs a value");
    return args.get(i + 1);
  }

  /** Starts ZooKeeper and the nodes not running yet, waits until every node is healthy, prints the addresses. */
  static int start(String dirName, int nodes) throws Exception {
    if (nodes < 1 || nodes > 9) throw new IllegalArgumentException("--nodes must be between 1 and 9");
    Path dir = Path.of(dirName).toAbsolutePath();
    Files.createDirectories(dir);
    Properties ports = ports(dir, nodes);
    int zkPort = Integer.parseInt(ports.getProperty("zookeeper"));
    String zkHost = "127.0.0.1:" + zkPort;
    ensureRunning(dir, "zookeeper", List.of("zookeeper", dir.toString(), Integer.toString(zkPort)), "-Xmx128m");
    waitForPort(zkPort, dir.resolve("zookeeper.log"));
    List<Integer> nodePorts = new ArrayList<>();
    for (int i = 1; i <= nodes; i++) {
      int port = Integer.parseInt(ports.getProperty("node" + i));
      nodePorts.add(port);
      ensureRunning(dir, "node" + i, List.of("node", dir.toString(), Integer.toString(i), Integer.toString(port), zkHost),
          System.getenv().getOrDefault("VERBATIM_SOLR_OPTS", "-Xmx512m -XX:+UseSerialGC"));
    }
    for (int i = 0; i < nodes; i++) waitForHealth(nodePorts.get(i), dir.resolve("node" + (i + 1) + ".log"));
    System.out.println("Solr: http://127.0.0.1:" + nodePorts.get(0) + "/solr");
    System.out.println("ZooKeeper: " + zkHost);
    for (int i = 0; i < nodes; i++) {
      System.out.println("node" + (i + 1) + ": http://127.0.0.1:" + nodePorts.get(i) + "/solr (pid "
          + pid(dir, "node" + (i + 1)).orElse(-1L) + ")");
    }
    System.out.println("stop with: ./verbatim solrcloud stop --dir " + dirName);
    return 0;
  }

  /** Stops every process with a pid file in DIR: politely, then forcibly after 20 s. */
  static int stop(String dirName) throws Exception {
    Path dir = Path.of(dirName).toAbsolutePath();
    List<String> names = new ArrayList<>();
    for (int i = 9; i >= 1; i--) names.add("node" + i);
    names.add("zookeeper");
    int stopped = 0;
    for (String name : names) {
      Optional<ProcessHandle> p = pid(dir, name).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
      if (p.isPresent()) {
        p.get().destroy();
        if (!p.get().onExit().completeOnTimeout(null, 20, java.util.concurrent.TimeUnit.SECONDS).get().isAlive()) {
          stopped++;
        } else {
          p.get().destroyForcibly();
          stopped++;
        }
      }
      Files.deleteIfExists(dir.resolve(name + ".pid"));
    }
    System.out.println("stopped " + stopped + " process" + (stopped == 1 ? "" : "es") + " of " + dir);
    return 0;
  }

  /** The ports of DIR's cluster: read back when it ran before (a restarted node keeps its address), else chosen. */
  private static Properties ports(Path dir, int nodes) throws IOException {
    Path file = dir.resolve("cluster.properties");
    Properties p = new Properties();
    if (Files.exists(file)) {
      try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(in);
      }
    }
    List<ServerSocket> held = new ArrayList<>(); // held until all are chosen, so no port is picked twice
    try {
      boolean changed = choose(p, "zookeeper", held);
      for (int i = 1; i <= nodes; i++) changed |= choose(p, "node" + i, held);
      if (changed) {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          p.store(out, "ports of the local SolrCloud (127.0.0.1)");
        }
      }
    } finally {
      for (ServerSocket s : held) s.close();
    }
    return p;
  }

  private static boolean choose(Properties p, String name, List<ServerSocket> held) throws IOException {
    if (p.getProperty(name) != null) return false;
    ServerSocket s = new ServerSocket();
    held.add(s);
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress("127.0.0.1", 0));
    p.setProperty(name, Integer.toString(s.getLocalPort()));
    return true;
  }

  private static Optional<Long> pid(Path dir, String name) {
    try {
      return Optional.of(Long.parseLong(Files.readString(dir.resolve(name + ".pid")).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Spawns {@code name} unless its pid file names a live process; the child outlives this launcher. */
  private static void ensureRunning(Path dir, String name, List<String> args, String jvmOptions) throws IOException {
    if (pid(dir, name).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).isPresent()) return;
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    for (String o : jvmOptions.strip().split("\\s+")) if (!o.isEmpty()) cmd.add(o);
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Djava.net.preferIPv4Stack=true");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Launcher.class.getName());
    cmd.addAll(args);
    Path log = dir.resolve(name + ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
    Files.writeString(dir.resolve(name + ".pid"), Long.toString(p.pid()) + "\n");
  }

  private static void waitForPort(int port, Path log) throws Exception {
    long end = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L;
    while (System.nanoTime() < end) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("nothing listens on port " + port + " after " + WAIT_SECONDS + " s; see " + log);
  }

  /** Waits until the node answers its health check (connected to ZooKeeper, live). */
  private static void waitForHealth(int port, Path log) throws Exception {
    long end = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L;
    URI health = URI.create("http://127.0.0.1:" + port + "/solr/admin/info/health");
    while (System.nanoTime() < end) {
      try {
        HttpURLConnection c = (HttpURLConnection) health.toURL().openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(5000);
        int code = c.getResponseCode();
        c.disconnect();
        if (code == 200) return;
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(300);
    }
    throw new IllegalStateException(String.format(Locale.ROOT,
        "the Solr node on port %d is not healthy after %d s; see %s", port, WAIT_SECONDS, log));
  }
}
