package verbatim.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shared peer kit ({@code ../shared/bench/peers/scripts}) step by step: corpora, the private
 * PostgreSQL cluster, one SQLite FTS5 run and one PostgreSQL run per corpus size. The kit's scripts are
 * read in place, never copied; everything they write lands under the work directory ({@code BENCH_WORK}).
 */
public final class PeerKit {
  static final Path PYTHON = Path.of("/usr/bin/python3");
  static final Path PG_BIN = Path.of("/usr/lib/postgresql/15/bin");

  private final Path kit;
  private final Path work;
  private final PrintStream log;

  /**
   * @param kit  the kit directory (holding {@code scripts/} and {@code queries/})
   * @param work the kit's BENCH_WORK directory
   * @param log  where the scripts' output and progress go
   */
  public PeerKit(Path kit, Path work, PrintStream log) {
    this.kit = kit.toAbsolutePath().normalize();
    this.work = work.toAbsolutePath().normalize();
    this.log = log;
  }

  public Path queries() {
    return kit.resolve("queries/queries_1000.jsonl");
  }

  public Path corpus(String size) {
    return work.resolve("data/corpus_" + size + ".jsonl");
  }

  public Path results() {
    return work.resolve("results");
  }

  /** What is missing to build the corpora (python3 and the shared corpora): empty when nothing. */
  public List<String> missingForCorpora() {
    List<String> missing = new ArrayList<>();
    if (!Files.isDirectory(kit.resolve("scripts"))) missing.add("the peer kit " + kit.resolve("scripts") + " (is ../shared present?)");
    if (!Files.isExecutable(PYTHON)) missing.add(PYTHON + " (apt-get install -y python3)");
    return missing;
  }

  /** What is missing to run the peers: empty when nothing. Each entry says how to get it. */
  public List<String> missingForPeers() {
    List<String> missing = new ArrayList<>(missingForCorpora());
    if (!missing.isEmpty()) return missing;
    if (!python("import sqlite3; sqlite3.connect(':memory:').execute('CREATE VIRTUAL TABLE t USING fts5(x)')"))
      missing.add("SQLite with FTS5 in " + PYTHON + "'s sqlite3 module (Debian's python3 has it)");
    if (!python("import psycopg2")) missing.add("psycopg2 for " + PYTHON + " (apt-get install -y python3-psycopg2)");
    if (!Files.isExecutable(PG_BIN.resolve("initdb")) || !Files.isExecutable(PG_BIN.resolve("pg_ctl")))
      missing.add("PostgreSQL 15 server binaries in " + PG_BIN + " (apt-get install -y postgresql)");
    if (!Files.exists(Path.of("/usr/share/postgresql/15/extension/unaccent.control")))
      missing.add("the unaccent extension (apt-get install -y postgresql-contrib)");
    if (!"root".equals(System.getProperty("user.name")))
      missing.add("root: pg_server.sh runs the cluster as the 'postgres' user through runuser (run the bench as root or use --skip-peers)");
    return missing;
  }

  /** Builds the kit's corpora unless both files for {@code size} are already there. */
  public void ensureCorpus(String size) throws IOException, InterruptedException {
    if (Files.isRegularFile(corpus(size)) && Files.isRegularFile(work.resolve("data/corpus_" + size + ".csv"))) {
      log.println("peers: reusing " + corpus(size));
      return;
    }
    run(List.of(PYTHON.toString(), "make_corpus.py"), 600);
  }

  /**
   * Starts the private PostgreSQL cluster (initialising it the first time), runs one FTS5 and one PostgreSQL
   * measurement per size (label {@code run}), and stops the cluster again, even on failure.
   */
  public void measure(List<String> sizes, String run) throws IOException, InterruptedException {
    if (!Files.isDirectory(work.resolve("pg/data"))) run(List.of("./pg_server.sh", "init"), 120);
    run(List.of("./pg_server.sh", "start"), 120);
    Thread stopper = new Thread(this::stopQuietly, "pg-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    try {
      for (String size : sizes) {
        run(List.of(PYTHON.toString(), "bench_sqlite.py", size, run), 900);
        run(List.of(PYTHON.toString(), "bench_pg.py", size, run), 900);
      }
    } finally {
      stopQuietly();
      try {
        Runtime.getRuntime().removeShutdownHook(stopper);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  private void stopQuietly() {
    try {
      run(List.of("./pg_server.sh", "stop"), 60);
    } catch (IOException | InterruptedException e) {
      log.println("peers: could not stop PostgreSQL: " + e.getMessage());
    }
  }

  private boolean python(String code) {
    try {
      Process p = new ProcessBuilder(PYTHON.toString(), "-c", code).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs one kit script in its directory with BENCH_WORK set, echoing its output; fails on a non-zero exit. */
  private void run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
    Files.createDirectories(work);
    ProcessBuilder pb = new ProcessBuilder(command).directory(kit.resolve("scripts").toFile()).redirectErrorStream(true);
    pb.environment().put("BENCH_WORK", work.toString());
    log.println("peers: $ " + String.join(" ", command));
    Process p = pb.start();
    Thread pump = Thread.ofPlatform().daemon().start(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) log.println("  | " + line);
      } catch (IOException ignored) {
        // the process ended
      }
    });
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      throw new IOException(String.join(" ", command) + ": no result after " + timeoutSeconds + " s, stopped");
    }
    pump.join(5000);
    if (p.exitValue() != 0) throw new IOException(String.join(" ", command) + " failed with exit code " + p.exitValue());
  }
}
