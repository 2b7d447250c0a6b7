package verbatim.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Strict UTF-8 checks and decoding for corpus input: NUL bytes mean binary content, malformed bytes are errors. */
final class TextDecoder {
  /** Largest file (.txt, .html) or JSON line accepted. */
  static final long LIMIT = 10L << 20;

  private TextDecoder() {}

  /** "too large: 50.0 MiB, limit 10 MiB". */
  static String tooLarge(long bytes) {
    return String.format(Locale.ROOT, "too large: %.1f MiB, limit %d MiB", bytes / 1048576.0, LIMIT >> 20);
  }

  /** Length of a UTF-8 byte order mark at {@code off}, else 0. */
  static int bom(byte[] b, int off, int len) {
    return len >= 3 && b[off] == (byte) 0xEF && b[off + 1] == (byte) 0xBB && b[off + 2] == (byte) 0xBF ? 3 : 0;
  }

  /** Index of the first NUL byte in {@code b[off, off+len)}, else -1. */
  static int firstNul(byte[] b, int off, int len) {
    for (int i = off, end = off + len; i < end; i++) if (b[i] == 0) return i;
    return -1;
  }

  /**
   * Index of the first NUL byte or of the first byte that is not part of well-formed UTF-8 (overlong forms,
   * surrogates and code points above U+10FFFF are malformed, as for a strict {@code CharsetDecoder}), else -1.
   */
  static int firstNulOrMalformed(byte[] b, int off, int len) {
    int i = off;
    int end = off + len;
    while (i < end) {
      int b0 = b[i];
      if (b0 > 0) {
        i++;
        continue;
      }
      if (b0 == 0) return i;
      b0 &= 0xff;
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
      } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
      } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
      } else {
        return i;
      }
      if (i + need >= end) return i;
      int b1 = b[i + 1] & 0xff;
      if (b1 < lo || b1 > hi) return i;
      for (int k = 2; k <= need; k++) {
        int bk = b[i + k] & 0xff;
        if (bk < 0x80 || bk > 0xBF) return i;
      }
      i += need + 1;
    }
    return -1;
  }

  /**
   * Decodes a whole file's bytes: rejects binary content and malformed UTF-8 with the byte offset, drops a
   * leading byte order mark.
   */
  static String decode(byte[] b) throws IngestException {
    int nul = firstNul(b, 0, b.length);
    if (nul >= 0) throw new IngestException("binary content: NUL byte at byte " + nul);
    int bad = firstNulOrMalformed(b, 0, b.length); // NUL-free by now
    if (bad >= 0) throw new IngestException("invalid UTF-8 at byte " + bad);
    int skip = bom(b, 0, b.length);
    return new String(b, skip, b.length - skip, StandardCharsets.UTF_8);
  }
}
