package verbatim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import verbatim.index.Indexer;

/**
 * {@code ./verbatim restore DIR}: checks a snapshot and makes it the index. The current index, if any, is kept
 * beside it ({@code index.before-restore-N}); a served index must be stopped first.
 */
final class RestoreCommand implements Command {
  @Override
  public String name() {
    return "restore";
  }

  @Override
  public String summary() {
    return "check a snapshot and make it the index (the old one is kept aside)";
  }

  @Override
  public String usage() {
    return """
        Usage: ./verbatim restore DIR [--index DIR]

        Checks the snapshot in DIR (every segment read and verified), copies it next to the index,
        then swaps it in: the previous index is renamed INDEX.before-restore-N, never deleted.
        Stop ./verbatim serve first (it holds the index). Or serve the copy directly:
        ./verbatim serve --index DIR.

          --index DIR   index directory (default: index)
        """;
  }

  @Override
  public int run(List<String> argv) throws Exception {
    Args args = Args.parse(argv, Set.of("index"), Set.of());
    if (args.positional().size() != 1) throw new Args.UsageException("give one snapshot directory");
    Path snapshot = Path.of(args.positional().get(0)).toAbsolutePath().normalize();
    Path index = args.path("index", "index").toAbsolutePath().normalize();
    long records = check(snapshot);
    if (isHeld(index)) throw new IOException("the index at " + index + " is in use (stop ./verbatim serve first)");
    Path staged = index.resolveSibling(index.getFileName() + ".restoring");
    deleteTree(staged);
    copyTree(snapshot, staged);
    Path aside = null;
    if (Files.exists(index)) {
      for (int n = 1; aside == null || Files.exists(aside); n++) aside = index.resolveSibling(index.getFileName() + ".before-restore-" + n);
      Files.move(index, aside, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staged, index, StandardCopyOption.ATOMIC_MOVE);
    System.out.println("restored " + snapshot + " into " + index + ": " + records + " records"
        + (aside == null ? "" : "; the previous index is in " + aside));
    return 0;
  }

  /** Verifies every segment of the snapshot and that this version reads it; returns its records. */
  static long check(Path snapshot) throws IOException {
    try (Directory dir = FSDirectory.open(snapshot)) {
      if (!DirectoryReader.indexExists(dir)) throw new IOException("no index in " + snapshot);
      Indexer.checkLayout(dir, snapshot.toString());
      try (CheckIndex checker = new CheckIndex(dir)) {
        CheckIndex.Status status = checker.checkIndex();
        if (!status.clean) throw new IOException("the snapshot in " + snapshot + " is damaged (Lucene CheckIndex)");
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        return r.numDocs();
      }
    } catch (LockObtainFailedException e) {
      throw new IOException("the snapshot in " + snapshot + " is in use by another process", e);
    }
  }

  /** Whether a process (a server, an indexing run) holds the index's write lock. */
  static boolean isHeld(Path index) throws IOException {
    if (!Files.isDirectory(index)) return false;
    try (Directory dir = FSDirectory.open(index); Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      return lock == null;
    } catch (LockObtainFailedException e) {
      return true;
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f) && !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME))
          Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) Files.delete(f);
    }
    Files.delete(dir);
  }
}
