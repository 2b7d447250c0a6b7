package verbatim.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import verbatim.text.LanguageDetector;

/**
 * Streams a JSON Lines corpus, one article per line: {@code text} (required) and optional {@code id},
 * {@code title}, {@code url}, {@code outlet} (or {@code source}), {@code date}, {@code language},
 * {@code related} (stub titles, or objects with {@code title} and {@code url}), {@code author}; other fields
 * are ignored. Lines are read into a reusable byte buffer, checked as strict UTF-8 in place and parsed with
 * Jackson's streaming parser: a file of any size runs in bounded memory, and a line over
 * {@link TextDecoder#LIMIT} is counted and skipped without being held. A bad line is reported as
 * {@code path#LINE} and the next line goes on.
 */
public final class JsonLinesReader {
  private static final int CHUNK = 1 << 16;
  /** The longest {@code id} accepted: the API fetches and deletes articles by id up to this length. */
  public static final int MAX_ID_LENGTH = 512;

  private final JsonFactory factory;
  private final LanguageDetector detector;
  private final boolean alwaysDetect;

  public JsonLinesReader(LanguageDetector detector) {
    this(detector, false);
  }

  /** With {@code alwaysDetect}, a valid {@code language} field is ignored too (to measure or check detection). */
  JsonLinesReader(LanguageDetector detector, boolean alwaysDetect) {
    this.detector = detector;
    this.alwaysDetect = alwaysDetect;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength((int) TextDecoder.LIMIT).build())
        .build();
  }

  /** Reads every line of {@code file}; {@code source} names the file in reports. */
  public void read(Path file, String source, CorpusReader.Sink sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      read(in, source, sink);
    }
  }

  /** Reads every line of {@code in}. */
  public void read(InputStream in, String source, CorpusReader.Sink sink) throws IOException {
    byte[] buf = new byte[CHUNK];
    int pos = 0; // start of the current line
    int lim = 0; // end of buffered data
    int scan = 0; // where to look for the next newline
    long line = 1;
    while (true) {
      int nl = indexOf(buf, scan, lim);
      if (nl >= 0) {
        line(buf, pos, nl - pos, line++, source, sink);
        pos = nl + 1;
        scan = pos;
        continue;
      }
      scan = lim;
      if (lim - pos > TextDecoder.LIMIT) {
        // Too large: count the rest of the line without keeping it.
        long size = lim - pos;
        int rest = -1;
        while (rest < 0) {
          int r = in.read(buf, 0, buf.length);
          if (r < 0) {
            lim = 0;
            break;
          }
          int k = indexOf(buf, 0, r);
          if (k < 0) {
            size += r;
          } else {
            size += k;
            rest = k + 1;
            lim = r;
          }
        }
        sink.failed(source + "#" + line, TextDecoder.tooLarge(size));
        line++;
        if (rest < 0) return;
        System.arraycopy(buf, rest, buf, 0, lim - rest);
        lim -= rest;
        pos = 0;
        scan = 0;
        continue;
      }
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        scan -= pos;
        pos = 0;
      }
      if (lim == buf.length) {
        buf = java.util.Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, TextDecoder.LIMIT + 2 * CHUNK));
      }
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        if (lim > pos) line(buf, pos, lim - pos, line, source, sink);
        return;
      }
      lim += r;
    }
  }

  private static int indexOf(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] == '\n') return i;
    return -1;
  }

  private void line(byte[] b, int off, int len, long number, String source, CorpusReader.Sink sink) {
    if (len > 0 && b[off + len - 1] == '\r') len--;
    if (number == 1) {
      int bom = TextDecoder.bom(b, off, len);
      off += bom;
      len -= bom;
    }
    int first = off;
    while (first < off + len && (b[first] == ' ' || b[first] == '\t' || b[first] == '\r')) first++;
    if (first == off + len) return; // blank line
    String where = source + "#" + number;
    if (len > TextDecoder.LIMIT) {
      sink.failed(where, TextDecoder.tooLarge(len));
      return;
    }
    int bad = TextDecoder.firstNulOrMalformed(b, off, len);
    if (bad >= 0) {
      sink.failed(where, (b[bad] == 0 ? "binary content: NUL byte at byte " : "invalid UTF-8 at byte ") + (bad - off) + " of the line");
      return;
    }
    Article article;
    try {
      article = parse(b, off, len, where, sink);
    } catch (IngestException e) {
      sink.failed(where, e.getMessage());
      return;
    } catch (JsonProcessingException e) {
      sink.failed(where, "invalid JSON: " + JsonErrors.describe(e));
      return;
    } catch (IOException | RuntimeException e) {
      sink.failed(where, "cannot parse this line (" + e.getClass().getSimpleName() + ")");
      return;
    }
    if (article == null) sink.skipped(where, "empty text");
    else sink.article(article);
  }

  /** The article on one line, or null when its text is blank; a date that is not a date is warned about. */
  private Article parse(byte[] b, int off, int len, String where, CorpusReader.Sink sink) throws IOException, IngestException {
    String id = null;
    String text = null;
    String title = null;
    String url = null;
    String outlet = null;
    String sourceName = null;
    String date = null;
    String language = null;
    String author = null;
    boolean hasText = false;
    List<RelatedStub> related = List.of();
    try (JsonParser p = factory.createParser(b, off, len)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) throw new IngestException("invalid JSON: expected an object, found " + describe(t));
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "text" -> {
            text = string(p, name);
            hasText = true;
          }
          case "id" -> id = string(p, name);
          case "title" -> title = string(p, name);
          case "url" -> url = string(p, name);
          case "outlet" -> outlet = string(p, name);
          case "source" -> sourceName = string(p, name);
          case "date" -> date = string(p, name);
          case "language" -> language = string(p, name);
          case "author" -> author = author(p);
          case "related" -> related = related(p);
          default -> p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT) throw new IngestException("invalid JSON: expected a field name, found " + describe(t));
      t = p.nextToken();
      if (t != null) throw new IngestException("invalid JSON: a second value follows the object (one object per line)");
    }
    if (!hasText || text == null) throw new IngestException("no \"text\" field");
    if (text.isBlank()) return null;
    if (id != null) id = id.strip();
    if (id != null && id.length() > MAX_ID_LENGTH)
      throw new IngestException("field \"id\" is longer than " + MAX_ID_LENGTH + " characters (" + id.length() + ")");
    if (id != null && id.chars().anyMatch(Character::isISOControl)) // a NUL cannot even be sent in a URL path
      throw new IngestException("field \"id\" contains a control character; ids must be fetchable as /api/articles/{id}");
    LocalDate published = DateParser.parse(date);
    if (published == null && date != null && !date.isBlank()) {
      sink.warned(where, "field \"date\" \"" + clip(date.strip()) + "\" is not a date (expected e.g. 2024-03-05): stored without a date");
    }
    if (id == null || id.isEmpty()) id = url != null && !url.isBlank() ? IdGenerator.fromUrl(url) : IdGenerator.fromContent(text);
    String lang = alwaysDetect ? null : validLanguage(language);
    if (lang == null) lang = detector.detect(text);
    List<Paragraph> paragraphs = ParagraphSplitter.split(text);
    List<String> credits = new ArrayList<>(0);
    List<String> boilerplate = new ArrayList<>(0);
    if (!(related instanceof ArrayList)) related = new ArrayList<>(0);
    paragraphs = body(text, paragraphs, credits, related, boilerplate);
    return new Article(id, where, text, title, paragraphs, List.of(), credits, related,
        boilerplate, outlet != null ? outlet : sourceName, blankToNull(url), published,
        blankToNull(author), lang);
  }

  private static final int SHORT = 300;

  /**
   * The body paragraphs, with related-story stubs ("Lire aussi : …"), credits ("Photo : …", or "Photo:" and
   * the credit in the next paragraph) and trailing boilerplate moved out to their lists.
   */
  private static List<Paragraph> body(String text, List<Paragraph> paragraphs, List<String> credits,
      List<RelatedStub> related, List<String> boilerplate) {
    List<Paragraph> body = null; // allocated only when something moves out
    int n = paragraphs.size();
    for (int i = 0; i < n; i++) {
      Paragraph p = paragraphs.get(i);
      int moved = 0;
      if (p.end() - p.start() <= SHORT) {
        int t = LineClassifier.stubTitleStart(text, p.start(), p.end());
        if (t >= 0) {
          related.add(new RelatedStub(text.substring(t, p.end()), null, t, p.end()));
          moved = 1;
        } else if (LineClassifier.isCredit(p.text())) {
          credits.add(p.text());
          moved = 1;
        } else if (LineClassifier.isCreditLabel(p.text()) && i + 1 < n && paragraphs.get(i + 1).text().length() <= 120) {
          credits.add(p.text() + " " + paragraphs.get(i + 1).text());
          moved = 2;
        } else if (LineClassifier.isSourceSite(p.text())) {
          boilerplate.add(p.text());
          moved = 1;
        }
      }
      if (moved > 0) {
        if (body == null) body = new ArrayList<>(paragraphs.subList(0, i));
        i += moved - 1;
      } else if (body != null) {
        body.add(p);
      }
    }
    List<Paragraph> result = body == null ? paragraphs : body;
    int keep = result.size();
    while (keep > 1 && result.get(keep - 1).text().length() <= SHORT && LineClassifier.isBoilerplate(result.get(keep - 1).text())) keep--;
    if (keep < result.size()) {
      for (int k = keep; k < result.size(); k++) boilerplate.add(result.get(k).text());
      result = new ArrayList<>(result.subList(0, keep));
    }
    return result;
  }

  /** "en" or "fr" when {@code language} says so ("fr", "FR", "fr-CA", "en_US"), else null. */
  static String validLanguage(String language) {
    if (language == null) return null;
    String l = language.strip().toLowerCase(Locale.ROOT);
    if (l.length() > 2 && (l.charAt(2) == '-' || l.charAt(2) == '_')) l = l.substring(0, 2);
    return l.equals("en") || l.equals("fr") ? l : null;
  }

  /** At most 40 characters of a value quoted back in a message. */
  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String string(JsonParser p, String name) throws IOException, IngestException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) return p.getText();
    if (t == JsonToken.VALUE_NULL) return null;
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      if (!name.equals("text")) return p.getText();
    }
    throw new IngestException("field \"" + name + "\" must be a string, found " + describe(t));
  }

  private static String author(JsonParser p) throws IOException, IngestException {
    if (p.currentToken() != JsonToken.START_ARRAY) return string(p, "author");
    StringBuilder sb = new StringBuilder();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String a = string(p, "author");
      if (a == null || a.isBlank()) continue;
      if (!sb.isEmpty()) sb.append(", ");
      sb.append(a.strip());
    }
    return sb.toString();
  }

  private static List<RelatedStub> related(JsonParser p) throws IOException, IngestException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) return List.of();
    if (t != JsonToken.START_ARRAY) throw new IngestException("field \"related\" must be a list, found " + describe(t));
    List<RelatedStub> out = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.VALUE_STRING) {
        String title = p.getText().strip();
        if (!title.isEmpty()) out.add(new RelatedStub(title, null, -1, -1));
      } else if (t == JsonToken.START_OBJECT) {
        String title = null;
        String url = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          switch (name) {
            case "title" -> title = string(p, "related.title");
            case "url" -> url = string(p, "related.url");
            default -> p.skipChildren();
          }
        }
        if (title != null && !title.isBlank()) out.add(new RelatedStub(title.strip(), blankToNull(url), -1, -1));
      } else if (t != JsonToken.VALUE_NULL) {
        throw new IngestException("field \"related\" must hold strings or objects, found " + describe(t));
      }
    }
    return out;
  }

  private static String describe(JsonToken t) {
    if (t == null) return "end of line";
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }
}
