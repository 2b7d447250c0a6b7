package verbatim.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording's execution samples and ranks methods by self time (top frame) and by total time
 * (anywhere on the stack), as percentages of all samples: the profile summary in the benchmark report.
 */
public final class JfrHotSpots {

  /** One ranked method. */
  public record Entry(String method, long samples, double percent) {}

  /**
   * @param samples   execution samples in the recording
   * @param self      methods by self samples, most first
   * @param total     methods by inclusive samples, most first (only Verbatim, Lucene, Javalin and Jackson frames,
   *                  the harness's own frames left out)
   */
  public record Profile(long samples, List<Entry> self, List<Entry> total) {

    public String render(int top) {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%,d execution samples%n", samples));
      MarkdownTable s = new MarkdownTable("self: method", ">% samples");
      for (Entry e : self.subList(0, Math.min(top, self.size()))) s.row(e.method(), MarkdownTable.num(e.percent(), 1));
      MarkdownTable t = new MarkdownTable("total (on stack): method", ">% samples");
      for (Entry e : total.subList(0, Math.min(top, total.size()))) t.row(e.method(), MarkdownTable.num(e.percent(), 1));
      return sb.append('\n').append(s.render()).append('\n').append(t.render()).toString();
    }
  }

  /** Profile of {@code jfr}, keeping only samples whose thread name matches {@code threadPrefix} (null = all). */
  public static Profile read(Path jfr, String threadPrefix) throws IOException {
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> total = new HashMap<>();
    long samples = 0;
    try (RecordingFile f = new RecordingFile(jfr)) {
      while (f.hasMoreEvents()) {
        RecordedEvent e = f.readEvent();
        if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
        if (threadPrefix != null) {
          var t = e.getThread("sampledThread");
          String name = t == null ? null : t.getJavaName();
          if (name == null || !name.startsWith(threadPrefix)) continue;
        }
        RecordedStackTrace st = e.getStackTrace();
        if (st == null || st.getFrames().isEmpty()) continue;
        samples++;
        List<RecordedFrame> frames = st.getFrames();
        self.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame fr : frames) {
          String n = name(fr.getMethod());
          if (interesting(n) && seen.add(n)) total.merge(n, 1L, Long::sum);
        }
      }
    }
    return new Profile(samples, ranked(self, samples), ranked(total, samples));
  }

  static boolean interesting(String method) {
    if (method.startsWith("verbatim.bench.") || method.startsWith("verbatim.cli.Main.")) return false; // the harness itself
    return method.startsWith("verbatim.") || method.startsWith("org.apache.lucene.")
        || method.startsWith("io.javalin.") || method.startsWith("com.fasterxml.");
  }

  private static String name(RecordedMethod m) {
    if (m == null) return "?";
    return m.getType().getName() + "." + m.getName();
  }

  private static List<Entry> ranked(Map<String, Long> counts, long samples) {
    List<Entry> out = new ArrayList<>();
    counts.forEach((k, v) -> out.add(new Entry(k, v, samples == 0 ? 0 : 100.0 * v / samples)));
    out.sort((a, b) -> a.samples() != b.samples() ? Long.compare(b.samples(), a.samples()) : a.method().compareTo(b.method()));
    return out;
  }

  /** {@code java -cp … verbatim.bench.JfrHotSpots FILE.jfr [THREAD_PREFIX] [TOP]}: prints the profile. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: JfrHotSpots FILE.jfr [THREAD_PREFIX|-] [TOP]");
      System.exit(2);
    }
    String prefix = args.length > 1 && !args[1].equals("-") ? args[1] : null;
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 25;
    System.out.print(read(Path.of(args[0]), prefix).render(top));
  }
}
