package verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateAndIdTest {
  @Test
  void parsesTheDateShapesCorporaUse() {
    LocalDate feb26 = LocalDate.of(1987, 2, 26);
    assertEquals(feb26, DateParser.parse("26-FEB-1987 15:01:01.79"));
    assertEquals(LocalDate.of(1987, 3, 3), DateParser.parse(" 3-MAR-1987  09:15:05.40"));
    assertEquals(LocalDate.of(1987, 3, 27), DateParser.parse("27-MAR-1987 02:17:09.88T C"));
    assertEquals(LocalDate.of(1987, 3, 31), DateParser.parse("31-MAR-1987 605:12:19.12"));
    assertEquals(LocalDate.of(1987, 4, 9), DateParser.parse("9-APR-1987 00:00:00.00    # date added by S Finch as guesswork"));
    assertEquals(feb26, DateParser.parse("1987-02-26"));
    assertEquals(feb26, DateParser.parse("1987-02-26T15:01:01-05:00"));
    assertEquals(feb26, DateParser.parse("1987/02/26"));
    assertEquals(feb26, DateParser.parse("Thu, 26 Feb 1987 15:01:01 GMT"));
    assertEquals(feb26, DateParser.parse("February 26, 1987"));
    assertEquals(feb26, DateParser.parse("26 février 1987"));
    assertEquals(feb26, DateParser.parse("le jeudi 26 février 1987"));
    assertEquals(feb26, DateParser.parse("26/02/1987"));
    assertNull(DateParser.parse("1987-02-30"), "no such day");
    assertNull(DateParser.parse("yesterday"));
    assertNull(DateParser.parse(""));
    assertNull(DateParser.parse(null));
  }

  @Test
  void idsFromUrlsIgnoreWhatDoesNotChangeThePage() {
    String id = IdGenerator.fromUrl("https://www.example.com/news/story-1");
    assertEquals(id, IdGenerator.fromUrl("http://EXAMPLE.com/news/story-1/"));
    assertEquals(id, IdGenerator.fromUrl("https://example.com:443/news/story-1?utm_source=x&utm_medium=y#comments"));
    assertNotEquals(id, IdGenerator.fromUrl("https://example.com/news/story-2"));
    assertNotEquals(id, IdGenerator.fromUrl("https://example.com/news/story-1?page=2"));
    assertEquals("example.com/a?b=1", IdGenerator.normalizeUrl(" http://www.Example.com/a/?utm_campaign=z&b=1 "));
    assertEquals(17, id.length());
    assertNotEquals(IdGenerator.fromContent("a"), IdGenerator.fromContent("b"));
    assertEquals(IdGenerator.fromContent("same"), IdGenerator.fromContent("same"));
  }
}
