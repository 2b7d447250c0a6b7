package verbatim.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Files shipped in the jar (the pages, {@code openapi.json}), read once and then served from memory. */
final class ClasspathFiles {
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  /** The bytes of resource {@code name}, or null when this build does not have it. */
  byte[] get(String name) throws IOException {
    byte[] cached = files.get(name);
    if (cached != null) return cached;
    try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) return null;
      byte[] b = in.readAllBytes();
      files.put(name, b);
      return b;
    }
  }
}
