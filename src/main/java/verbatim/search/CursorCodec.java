package verbatim.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.lucene.search.FieldDoc;

/**
 * Turns the last hit of a page into an opaque, signed cursor and back. The cursor is bound to the query that
 * made it (a signature of everything that decides the order) and to the index (its MAC key), so it cannot be
 * replayed on another query or forged.
 */
final class CursorCodec {
  /**
   * Version 3: whether the page ended inside the rescored window. Version 2: the tiebreak is the id's 64-bit
   * key (version 1 cursors carried the id string).
   */
  private static final byte CURSOR_VERSION = 3;
  /** Version, query signature, window flag, score or date, id key, MAC. */
  private static final int CURSOR_BYTES = 1 + 4 + 1 + 8 + 8 + 16;

  /** A decoded cursor: the last hit shown, and whether it came from the rescored window. */
  record Cursor(FieldDoc last, boolean rescored) {}

  private final byte[] cursorKey;
  /** One keyed MAC per thread: looking up and keying a Mac costs more than signing one cursor with it. */
  private final ThreadLocal<Mac> cursorMac = ThreadLocal.withInitial(this::newCursorMac);

  /** Signs with the index's key (hex, from its commit data); without a valid one cursors are only integrity-checked. */
  CursorCodec(String hexKey) {
    this.cursorKey = keyBytes(hexKey);
  }

  private static byte[] keyBytes(String hex) {
    if (hex != null) {
      try {
        return HexFormat.of().parseHex(hex);
      } catch (IllegalArgumentException ignored) {
        // fall through to a fixed key: cursors are then only integrity-checked
      }
    }
    return "verbatim-cursor".getBytes(StandardCharsets.UTF_8);
  }

  String encode(FieldDoc last, boolean rescored, SearchRequest r) {
    ByteBuffer b = ByteBuffer.allocate(CURSOR_BYTES);
    b.put(CURSOR_VERSION).putInt(r.orderSignature()).put((byte) (rescored ? 1 : 0));
    if (r.sort() == SearchRequest.Sort.DATE) b.putLong((Long) last.fields[0]);
    else b.putLong(Float.floatToIntBits((Float) last.fields[0]));
    b.putLong((Long) last.fields[1]);
    b.put(mac(b.array(), b.position()));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
  }

  /** The cursor {@code cursor} of request {@code r}; {@link SearchException} when it is not one for it. */
  Cursor decode(String cursor, SearchRequest r) {
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw SearchException.badCursor("the cursor is not one this server issued");
    }
    if (raw.length != CURSOR_BYTES || raw[0] != CURSOR_VERSION)
      throw SearchException.badCursor("the cursor is not one this server issued");
    int body = raw.length - 16;
    if (!MessageDigest.isEqual(mac(raw, body), Arrays.copyOfRange(raw, body, raw.length)))
      throw SearchException.badCursor("the cursor was altered or comes from another index");
    ByteBuffer b = ByteBuffer.wrap(raw, 0, body);
    b.get();
    if (b.getInt() != r.orderSignature())
      throw SearchException.badCursor("the cursor belongs to a different query, filter or sort");
    byte flag = b.get();
    if (flag != 0 && flag != 1) throw SearchException.badCursor("the cursor is not one this server issued");
    long value = b.getLong();
    long key = b.getLong();
    Object first = r.sort() == SearchRequest.Sort.DATE ? (Object) value : (Object) Float.intBitsToFloat((int) value);
    return new Cursor(new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {first, key}), flag == 1);
  }

  private Mac newCursorMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(cursorKey, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private byte[] mac(byte[] data, int len) {
    Mac mac = cursorMac.get();
    mac.update(data, 0, len);
    return Arrays.copyOf(mac.doFinal(), 16); // doFinal also resets the Mac for the next cursor
  }
}
