package verbatim.index;

/**
 * The article ids one indexing worker has met in a run, kept as 64-bit hashes (8 bytes each, not a String).
 * A hash collision makes a new id look met, which only costs a needless replace, never a lost record.
 * Not thread-safe: each worker owns one.
 */
final class IdSet {
  private long[] slots = new long[1 << 12];
  private int size;

  /** A well-mixed 64-bit hash of {@code id} (FNV-1a over the chars, then the MurmurHash3 finaliser); never 0. */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** Adds {@code hash} (from {@link #hash}); false when it was already there. */
  boolean add(long hash) {
    if (2 * (size + 1) > slots.length) grow();
    if (!insert(slots, hash)) return false;
    size++;
    return true;
  }

  int size() {
    return size;
  }

  private static boolean insert(long[] table, long hash) {
    int mask = table.length - 1;
    for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
      if (table[i] == hash) return false;
      if (table[i] == 0) {
        table[i] = hash;
        return true;
      }
    }
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long h : slots) if (h != 0) insert(bigger, h);
    slots = bigger;
  }
}
