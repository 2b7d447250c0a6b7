package verbatim.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A local SolrCloud for tests, run by the {@code solrcloud/} project's launcher: ZooKeeper and N Solr nodes, each
 * its own process (the app's Lucene 10 never on their classpath). Built with Maven when its jar is missing;
 * {@link #available()} says why not when it cannot be. Always {@link #stop()} it (a shutdown hook does too).
 */
final class LocalSolrCloud implements AutoCloseable {
  private final Path jar;
  private final Path dir;
  private final boolean owned;
  private String url;
  private Thread hook;
  private volatile Path removeAfterStop;

  private LocalSolrCloud(Path jar, Path dir, boolean owned) {
    this.jar = jar;
    this.dir = dir;
    this.owned = owned;
  }

  static Path basedir() {
    return Path.of(System.getProperty("verbatim.basedir", ".")).toAbsolutePath();
  }

  /** The launcher jar, built now when missing; empty (with the reason on stderr) when it cannot be. */
  static Optional<Path> available() {
    Path project = basedir().resolve("solrcloud");
    Path jar = project.resolve("target/verbatim-solrcloud.jar");
    if (Files.exists(jar)) return Optional.of(jar);
    try {
      Process p = new ProcessBuilder("mvn", "-B", "-q", "-f", project.resolve("pom.xml").toString(), "package")
          .redirectErrorStream(true).redirectOutput(basedir().resolve("target/solrcloud-build.log").toFile()).start();
      if (p.waitFor(10, TimeUnit.MINUTES) && p.exitValue() == 0 && Files.exists(jar)) return Optional.of(jar);
      System.err.println("SKIPPED SolrCloud tests: building solrcloud/ failed (target/solrcloud-build.log)");
    } catch (IOException | InterruptedException e) {
      System.err.println("SKIPPED SolrCloud tests: cannot build solrcloud/: " + e.getMessage());
    }
    return Optional.empty();
  }

  /**
   * Starts {@code nodes} nodes in a fresh directory, or reuses the running cluster of {@code -Dverbatim.solrcloud.dir}
   * (not stopped afterwards).
   */
  static LocalSolrCloud start(Path jar, Path fresh, int nodes) throws IOException, InterruptedException {
    String given = System.getProperty("verbatim.solrcloud.dir");
    LocalSolrCloud c = given == null ? new LocalSolrCloud(jar, fresh, true) : new LocalSolrCloud(jar, Path.of(given), false);
    if (c.owned) {
      c.hook = new Thread(c::stopQuietly, "solrcloud-stop");
      Runtime.getRuntime().addShutdownHook(c.hook);
    }
    c.url = c.launch(nodes);
    return c;
  }

  /** Runs the launcher's start (only processes not running are started); returns the Solr URL it prints. */
  String launch(int nodes) throws IOException, InterruptedException {
    List<String> out = run("start", "--dir", dir.toString(), "--nodes", Integer.toString(nodes));
    for (String line : out) if (line.startsWith("Solr: ")) return line.substring(6).strip();
    throw new IOException("the launcher printed no Solr URL: " + out);
  }

  String url() {
    return url;
  }

  /** The base URLs of every node, node1 first. */
  List<String> nodeUrls(int nodes) throws IOException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(dir.resolve("cluster.properties"), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    List<String> urls = new ArrayList<>();
    for (int i = 1; i <= nodes; i++) urls.add("http://127.0.0.1:" + p.getProperty("node" + i) + "/solr");
    return urls;
  }

  /** kill -9 of one process ("node2"): a real node loss. */
  void kill(String name) throws IOException, InterruptedException {
    long pid = Long.parseLong(Files.readString(dir.resolve(name + ".pid")).strip());
    ProcessHandle p = ProcessHandle.of(pid).orElseThrow(() -> new IOException(name + " is not running"));
    p.destroyForcibly();
    p.onExit().join();
  }

  private List<String> run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx128m", "-jar",
        jar.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    // small nodes that start fast (C1 only): the tests measure behaviour, not speed
    pb.environment().putIfAbsent("VERBATIM_SOLR_OPTS", "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new IOException("solrcloud " + args[0] + " failed: " + out);
    return out.lines().toList();
  }

  void stop() throws IOException, InterruptedException {
    if (!owned) return;
    run("stop", "--dir", dir.toString());
  }

  private void stopQuietly() {
    try {
      stop();
      Path root = removeAfterStop;
      if (root != null) deleteTree(root);
    } catch (IOException | InterruptedException e) {
      System.err.println("stopping the test SolrCloud: " + e.getMessage());
    }
  }

  /** Has the exit hook delete {@code root} (the cluster's directory or a parent) once the processes are stopped. */
  void removeOnExit(Path root) {
    this.removeAfterStop = root;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    stop();
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down
      }
    }
  }
}
