package verbatim.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a raw query string strictly: {@code +} is a space, {@code %XX} escapes must be complete hex pairs and
 * the bytes must be valid UTF-8. Anything else is a 400 naming the parameter, never silently replaced text.
 */
public final class QueryStringParser {
  /** More parameters than this is not a search: refuse it rather than work on it. */
  public static final int MAX_PARAMETERS = 200;

  private QueryStringParser() {}

  /** Parameter name → values in order of appearance. */
  public static Map<String, List<String>> parse(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) return out;
    int count = 0;
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) continue;
      if (++count > MAX_PARAMETERS)
        throw new ApiException(400, "bad_parameter", "more than " + MAX_PARAMETERS + " query parameters", Map.of());
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
      String name = decode(rawName, null);
      String value = decode(rawValue, name);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  /** Percent-decodes one component; {@code parameter} names it in errors (null while decoding a name). */
  static String decode(String s, String parameter) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) return s;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        int hi = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
        int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) throw bad(parameter, "an incomplete percent escape at character " + i);
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(b);
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes.toByteArray()));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw bad(parameter, "percent escapes that are not valid UTF-8");
    }
  }

  private static ApiException bad(String parameter, String what) {
    String where = parameter == null ? "a parameter name" : "parameter '" + parameter + "'";
    return new ApiException(400, "bad_encoding", where + " has " + what,
        parameter == null ? Map.of() : Map.of("parameter", parameter));
  }
}
