package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringParserTest {

  @Test
  void decodesRepeatedParametersPlusAndUtf8() {
    Map<String, List<String>> p = QueryStringParser.parse("q=%C3%A9ric+caire&speaker=A&speaker=B%20C&empty=&flag");
    assertEquals(List.of("éric caire"), p.get("q"));
    assertEquals(List.of("A", "B C"), p.get("speaker"));
    assertEquals(List.of(""), p.get("empty"));
    assertEquals(List.of(""), p.get("flag"));
    assertEquals(Map.of(), QueryStringParser.parse(null));
    assertEquals(List.of("a=b"), QueryStringParser.parse("x=a%3Db").get("x"));
    assertEquals(List.of("😀"), QueryStringParser.parse("x=%F0%9F%98%80").get("x"));
  }

  @Test
  void refusesMalformedEscapesAndInvalidUtf8() {
    for (String bad : List.of("q=%", "q=%2", "q=%zz", "q=%C3%28", "q=%C3", "q=%ED%A0%80", "q=%FF", "%C3=x")) {
      ApiException e = assertThrows(ApiException.class, () -> QueryStringParser.parse(bad), bad);
      assertEquals(400, e.status());
      assertEquals("bad_encoding", e.code());
    }
  }

  @Test
  void refusesAbsurdParameterCounts() {
    String many = "a=1&".repeat(QueryStringParser.MAX_PARAMETERS + 1);
    assertEquals(400, assertThrows(ApiException.class, () -> QueryStringParser.parse(many)).status());
  }
}
