package verbatim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The machine a benchmark ran on, for the report.
 *
 * @param cpus     available processors
 * @param memory   total memory, e.g. "23.4 GiB"
 * @param cpuModel first "model name" of /proc/cpuinfo
 * @param jdk      runtime vendor and version
 * @param os       distribution (os-release) and kernel
 * @param date     UTC date and time of the run
 * @param load     1/5/15-minute load averages when the run started (other work competing for the CPUs)
 */
public record MachineInfo(int cpus, String memory, String cpuModel, String jdk, String os, String date, String load) {

  public static MachineInfo current() {
    String mem = "unknown";
    for (String l : lines(Path.of("/proc/meminfo"))) {
      if (l.startsWith("MemTotal:")) {
        long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
        mem = String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
        break;
      }
    }
    String cpu = "unknown";
    for (String l : lines(Path.of("/proc/cpuinfo"))) {
      if (l.startsWith("model name")) {
        cpu = l.substring(l.indexOf(':') + 1).trim();
        break;
      }
    }
    String distro = System.getProperty("os.name");
    for (String l : lines(Path.of("/etc/os-release"))) {
      if (l.startsWith("PRETTY_NAME=")) distro = l.substring(12).replace("\"", "");
    }
    String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + ")";
    String os = distro + ", kernel " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT));
    return new MachineInfo(Runtime.getRuntime().availableProcessors(), mem, cpu, jdk, os, date, loadAverage());
  }

  /** "1.02 0.87 0.55" from /proc/loadavg, or "unknown". */
  public static String loadAverage() {
    List<String> l = lines(Path.of("/proc/loadavg"));
    if (l.isEmpty()) return "unknown";
    String[] f = l.get(0).trim().split("\\s+");
    return f.length < 3 ? "unknown" : f[0] + " " + f[1] + " " + f[2];
  }

  private static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
