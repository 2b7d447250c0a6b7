package verbatim.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.common.SolrDocument;
import verbatim.index.Schema;
import verbatim.search.ArticleView;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchResponse.ArticleRef;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.search.SearchResponse.Hit;
import verbatim.search.SearchResponse.Span;
import verbatim.search.SearchResponse.SpeakerRef;

/** Turns Solr documents and highlights into the API's hits, article views and speaker counts. */
final class SolrHits {

  /**
   * One hit. Quote and stub hits show their text, highlighted; article hits show their best passage (Solr's
   * unified highlighter picks it) or, without highlighting, their first paragraph.
   */
  Hit hit(SolrDocument d, Map<String, Map<String, List<String>>> highlighting, DocType requested) {
    String id = str(d, Schema.ID);
    String type = str(d, Schema.TYPE);
    String lang = str(d, Schema.LANG);
    ArticleRef article = new ArticleRef(str(d, Schema.ARTICLE_ID), str(d, Schema.TITLE), str(d, Schema.URL),
        str(d, Schema.OUTLET), str(d, Schema.DATE_ISO), lang);
    String marked = marked(highlighting, id, type, lang);
    String text;
    List<Span> spans;
    if (marked != null) {
      List<Span> out = new ArrayList<>();
      text = unmark(marked, out);
      spans = out;
    } else {
      text = Schema.TYPE_ARTICLE.equals(type) ? firstParagraph(d) : str(d, Schema.TEXT);
      spans = List.of();
    }
    if (!Schema.TYPE_ARTICLE.equals(type) && marked != null && !text.equals(str(d, Schema.TEXT))) {
      // a quote's marked text must be its text: otherwise show it unmarked rather than shifted offsets
      text = str(d, Schema.TEXT);
      spans = List.of();
    }
    String speaker = str(d, Schema.SPEAKER);
    SpeakerRef sp = speaker == null ? null : new SpeakerRef(speaker, str(d, Schema.ROLE));
    Object score = d.getFieldValue("score");
    return new Hit(id, type, text == null ? "" : text, str(d, Schema.KIND), sp, article, spans, str(d, Schema.CONTEXT),
        score instanceof Number n ? n.floatValue() : 0f);
  }

  private static String marked(Map<String, Map<String, List<String>>> hl, String id, String type, String lang) {
    if (hl == null || hl.get(id) == null) return null;
    String field = Schema.inLanguage(Schema.textField(type), lang);
    List<String> v = hl.get(id).get(field);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The text without the highlighter's marks; {@code spans} gets the marked ranges. */
  static String unmark(String marked, List<Span> spans) {
    StringBuilder sb = new StringBuilder(marked.length());
    int start = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == SolrQueryBuilder.HL_PRE.charAt(0)) start = sb.length();
      else if (c == SolrQueryBuilder.HL_POST.charAt(0)) {
        if (start >= 0 && sb.length() > start) spans.add(new Span(start, sb.length()));
        start = -1;
      } else sb.append(c);
    }
    return sb.toString().strip().equals(sb.toString()) ? sb.toString() : strip(sb.toString(), spans);
  }

  /** Strips leading and trailing whitespace, shifting the spans. */
  private static String strip(String s, List<Span> spans) {
    int lead = s.length() - s.stripLeading().length();
    String t = s.strip();
    if (lead > 0) spans.replaceAll(sp -> new Span(sp.start() - lead, sp.end() - lead));
    spans.removeIf(sp -> sp.start() < 0 || sp.end() > t.length());
    return t;
  }

  private static String firstParagraph(SolrDocument d) {
    Collection<Object> ps = d.getFieldValues(Schema.PARAGRAPH);
    Collection<Object> spans = d.getFieldValues(Schema.PARAGRAPH_SPAN);
    String text = str(d, Schema.TEXT);
    if (ps == null) return text == null ? "" : text;
    List<Object> p = new ArrayList<>(ps);
    List<Object> s = spans == null ? List.of() : new ArrayList<>(spans);
    for (int i = 0; i < p.size(); i++) {
      String t = Schema.paragraphText(text, String.valueOf(p.get(i)), i < s.size() ? String.valueOf(s.get(i)) : null);
      if (!t.isEmpty()) return t;
    }
    return "";
  }

  /** An article page from the article record and its quote and stub records. */
  static ArticleView article(String id, SolrDocument a, Collection<SolrDocument> children) {
    String text = str(a, Schema.TEXT);
    List<ArticleView.ParagraphView> paragraphs = new ArrayList<>();
    List<Object> ps = a.getFieldValues(Schema.PARAGRAPH) == null ? List.of() : new ArrayList<>(a.getFieldValues(Schema.PARAGRAPH));
    List<Object> spans = a.getFieldValues(Schema.PARAGRAPH_SPAN) == null ? List.of()
        : new ArrayList<>(a.getFieldValues(Schema.PARAGRAPH_SPAN));
    for (int i = 0; i < ps.size(); i++) {
      String span = i < spans.size() ? String.valueOf(spans.get(i)) : "-1:-1";
      String[] se = span.split(":");
      paragraphs.add(new ArticleView.ParagraphView(Integer.parseInt(se[0]), Integer.parseInt(se[1]),
          Schema.paragraphText(text, String.valueOf(ps.get(i)), span)));
    }
    List<SolrDocument> sorted = new ArrayList<>(children);
    sorted.sort(Comparator.comparingInt(d -> num(d, Schema.ORDINAL)));
    List<ArticleView.QuoteView> quotes = new ArrayList<>();
    List<ArticleView.StubView> stubs = new ArrayList<>();
    for (SolrDocument d : sorted) {
      if (Schema.TYPE_QUOTE.equals(str(d, Schema.TYPE))) {
        String speaker = str(d, Schema.SPEAKER);
        quotes.add(new ArticleView.QuoteView(str(d, Schema.ID), num(d, Schema.START), num(d, Schema.END),
            str(d, Schema.TEXT), str(d, Schema.KIND), speaker == null ? null : new SpeakerRef(speaker, str(d, Schema.ROLE)),
            str(d, Schema.CUE), str(d, Schema.LANG), num(d, Schema.PARAGRAPH_INDEX)));
      } else {
        stubs.add(new ArticleView.StubView(str(d, Schema.ID), str(d, Schema.TEXT), str(d, "stub_url"),
            num(d, Schema.START), num(d, Schema.END)));
      }
    }
    return new ArticleView(id, str(a, Schema.SOURCE), str(a, Schema.TITLE), str(a, Schema.URL), str(a, Schema.OUTLET),
        str(a, Schema.DATE_ISO), str(a, Schema.AUTHOR), str(a, Schema.LANG), text, paragraphs, quotes, stubs);
  }

  /** The folded key of a {@code speaker_name} value ("key\u001fDisplay"). */
  static String speakerKey(String speakerName) {
    int sep = speakerName.indexOf('\u001f');
    return sep < 0 ? speakerName : speakerName.substring(0, sep);
  }

  /**
   * Counts per speaker key, shown with the display form most of its quotes carry; most quoted first, then by
   * name; at most {@code limit}.
   */
  static List<FacetCount> speakerCounts(List<FacetField.Count> values, int limit) {
    Map<String, Long> byKey = new LinkedHashMap<>();
    Map<String, FacetField.Count> display = new HashMap<>();
    for (FacetField.Count c : values) {
      String key = speakerKey(c.getName());
      byKey.merge(key, c.getCount(), Long::sum);
      FacetField.Count best = display.get(key);
      if (best == null || c.getCount() > best.getCount()) display.put(key, c);
    }
    List<FacetCount> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : byKey.entrySet()) {
      String name = display.get(e.getKey()).getName();
      int sep = name.indexOf('\u001f');
      out.add(new FacetCount(sep < 0 ? name : name.substring(sep + 1), e.getValue()));
    }
    out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
  }

  private static String str(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  private static int num(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v instanceof Number n ? n.intValue() : -1;
  }
}
