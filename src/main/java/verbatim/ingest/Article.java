package verbatim.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as ingested, before any quote extraction or indexing.
 *
 * @param id          stable id: the given id, else derived from the url, else a hash of the content
 * @param source      where it came from: file path, plus "#line" for JSON Lines
 * @param text        the text quote offsets refer to (for .txt files the whole file as read, line breaks inside
 *                    paragraphs turned into spaces: see {@link HardWrapJoiner})
 * @param title       headline, never null (may be empty)
 * @param paragraphs  searchable body paragraphs with offsets into {@code text}
 * @param subheadings short section headings inside the body
 * @param credits     photo/video credit lines
 * @param related     "Read also" related-story stubs; each becomes its own searchable record
 * @param boilerplate newsroom boilerplate lines kept out of the searchable body
 * @param outlet      publisher (may be null)
 * @param url         canonical url (may be null)
 * @param date        publication date (may be null)
 * @param author      byline (may be null)
 * @param language    "en" or "fr", detected unless the source says so
 * @param dateInferred true when {@code date} was not given but inferred (from the url path), see {@link ArticleCompleter}
 */
public record Article(
    String id,
    String source,
    String text,
    String title,
    List<Paragraph> paragraphs,
    List<String> subheadings,
    List<String> credits,
    List<RelatedStub> related,
    List<String> boilerplate,
    String outlet,
    String url,
    LocalDate date,
    String author,
    String language,
    boolean dateInferred) {

  /** An article whose date (if any) was given by its source. */
  public Article(String id, String source, String text, String title, List<Paragraph> paragraphs,
      List<String> subheadings, List<String> credits, List<RelatedStub> related, List<String> boilerplate,
      String outlet, String url, LocalDate date, String author, String language) {
    this(id, source, text, title, paragraphs, subheadings, credits, related, boilerplate, outlet, url, date, author,
        language, false);
  }

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
    paragraphs = List.copyOf(paragraphs);
    subheadings = List.copyOf(subheadings);
    credits = List.copyOf(credits);
    related = List.copyOf(related);
    boilerplate = List.copyOf(boilerplate);
    dateInferred = dateInferred && date != null;
  }

  /** The searchable body: paragraphs joined by blank lines. */
  public String body() {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : paragraphs) {
      if (!sb.isEmpty()) sb.append("\n\n");
      sb.append(p.text());
    }
    return sb.toString();
  }
}
