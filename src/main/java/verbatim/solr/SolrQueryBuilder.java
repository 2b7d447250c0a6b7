package verbatim.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import verbatim.index.Schema;
import verbatim.search.QuerySyntax;
import verbatim.search.SearchRequest;
import verbatim.search.SearchRequest.DocType;
import verbatim.text.Folding;

/**
 * A {@link SearchRequest} as Solr parameters: eDisMax over the requested record type's text fields in both
 * languages (each field analyses the query with its own language chain: the two readings of the embedded
 * index), the request's filters tagged so each facet counts without its own filter (drill-sideways), a total
 * order (score or date, then id) for {@code cursorMark}.
 */
final class SolrQueryBuilder {
  static final int FACET_SIZE = 20;
  static final String HL_PRE = "\u0001";
  static final String HL_POST = "\u0002";
  static final List<String> HIT_FIELDS = List.of(Schema.ID, Schema.TYPE, Schema.TEXT, Schema.KIND, Schema.SPEAKER,
      Schema.ROLE, Schema.ARTICLE_ID, Schema.TITLE, Schema.URL, Schema.OUTLET, Schema.DATE_ISO, Schema.LANG,
      Schema.CONTEXT, Schema.PARAGRAPH, Schema.PARAGRAPH_SPAN, "score");
  /** Quotation records: quote records less labels, which the embedded index never shows as hits or counts as speech. */
  static final String QUOTES = "+" + Schema.TYPE + ":" + Schema.TYPE_QUOTE + " -" + Schema.KIND + ":" + Schema.KIND_LABEL;
  /** Words, "phrases", with an optional leading + or -. */
  private static final Pattern TOKEN = Pattern.compile("([+-]?)\"([^\"]*)\"?|(\\S+)");
  private static final CharArraySet FRENCH_STOP = FrenchAnalyzer.getDefaultStopSet();

  private SolrQueryBuilder() {}

  /** The text fields records of {@code type} are searched in. */
  static List<String> textFields(DocType type) {
    List<String> out = new ArrayList<>();
    switch (type) {
      case QUOTE -> {
        both(out, Schema.QUOTE_TEXT);
        out.add(Schema.SPEAKER_TEXT);
      }
      case ARTICLE -> both(out, Schema.ARTICLE_TEXT);
      case STUB -> both(out, Schema.STUB_TEXT);
      case ARTICLE_OR_STUB -> {
        both(out, Schema.ARTICLE_TEXT);
        both(out, Schema.STUB_TEXT);
      }
    }
    return out;
  }

  private static void both(List<String> out, String base) {
    out.add(Schema.inLanguage(base, "en"));
    out.add(Schema.inLanguage(base, "fr"));
  }

  /**
   * {@code r} as the embedded index reads it: a simple query that uses AND, NOT or field prefixes is advanced
   * syntax, as typed ({@link QuerySyntax}), with a notice saying so; any other request as it is.
   */
  static SearchRequest read(SearchRequest r, List<String> notices) {
    SearchRequest.Mode mode = QuerySyntax.mode(r, notices);
    if (mode == r.mode()) return r;
    return new SearchRequest(QuerySyntax.text(r.query(), r.mode(), mode), mode, r.type(), r.speakers(), r.lang(),
        r.outlet(), r.kind(), r.from(), r.to(), r.size(), r.cursor(), r.sort(), r.exact(), r.facets(), r.highlight(),
        r.speakerMatch(), r.collapse());
  }

  /** The search without paging, facets or highlighting (export adds its own). */
  static SolrQuery base(SearchRequest r) {
    SolrQuery q = new SolrQuery();
    String text = r.mode() == SearchRequest.Mode.SIMPLE ? simple(r.query()) : AdvancedSyntax.checked(r.query());
    if (text.isEmpty()) {
      q.setQuery("*:*");
    } else {
      q.setQuery(text);
      q.set("defType", "edismax");
      q.set("qf", String.join(" ", textFields(r.type())));
      if (r.mode() == SearchRequest.Mode.SIMPLE) {
        q.set("q.op", "OR");
        q.set("uf", "-*"); // no field syntax in simple mode
      } else {
        q.set("q.op", "AND");
        q.set("uf", "speaker lang outlet kind type date title");
        q.set("f.speaker.qf", Schema.SPEAKER_TEXT);
        q.set("f.lang.qf", Schema.LANG);
        q.set("f.outlet.qf", Schema.OUTLET);
        q.set("f.kind.qf", Schema.KIND);
        q.set("f.type.qf", Schema.TYPE);
        q.set("f.date.qf", Schema.DATE_ISO);
        q.set("f.title.qf", Schema.inLanguage(Schema.ARTICLE_TITLE, "en") + " " + Schema.inLanguage(Schema.ARTICLE_TITLE, "fr"));
      }
      q.set("lowercaseOperators", false);
    }
    q.addFilterQuery(typeFilter(r.type()));
    if (!r.speakers().isEmpty()) {
      List<String> keys = new ArrayList<>();
      for (String s : r.speakers()) keys.add(ClientUtils.escapeQueryChars(Folding.key(s)));
      q.addFilterQuery("{!tag=speaker}" + Schema.SPEAKER_KEY + ":(" + String.join(" OR ", keys) + ")");
    }
    if (r.lang() != null) q.addFilterQuery("{!tag=lang}" + SolrWriter.term(Schema.LANG, r.lang()));
    if (r.outlet() != null && !r.outlet().isBlank())
      q.addFilterQuery("{!tag=outlet}" + SolrWriter.term(Schema.OUTLET_KEY, Folding.key(r.outlet())));
    if (r.kind() != null) q.addFilterQuery("{!tag=kind}" + SolrWriter.term(Schema.KIND, r.kind()));
    if (r.from() != null || r.to() != null) {
      String from = r.from() == null ? "*" : Long.toString(r.from().toEpochDay());
      String to = r.to() == null ? "*" : Long.toString(r.to().toEpochDay());
      q.addFilterQuery(Schema.DATE + ":[" + from + " TO " + to + "]");
    }
    q.set("sort", r.sort() == SearchRequest.Sort.DATE ? Schema.DATE + " desc," + Schema.ID + " asc"
        : "score desc," + Schema.ID + " asc");
    q.setFields(HIT_FIELDS.toArray(String[]::new));
    return q;
  }

  /** Records of {@code type}; quote records of kind label (a name or slogan in quote marks, no speech) are no quotes. */
  static String typeFilter(DocType type) {
    return switch (type) {
      case QUOTE -> QUOTES;
      case ARTICLE -> Schema.TYPE + ":" + Schema.TYPE_ARTICLE;
      case STUB -> Schema.TYPE + ":" + Schema.TYPE_STUB;
      case ARTICLE_OR_STUB -> Schema.TYPE + ":(" + Schema.TYPE_ARTICLE + " OR " + Schema.TYPE_STUB + ")";
    };
  }

  /** Facet counts of every dimension; a selected dimension counts without its own filter. */
  static void facets(SolrQuery q) {
    q.setFacet(true);
    q.setFacetMinCount(1);
    q.addFacetField("{!ex=speaker key=speaker}" + Schema.SPEAKER_NAME, "{!ex=lang key=lang}" + Schema.LANG,
        "{!ex=outlet key=outlet}" + Schema.OUTLET, "{!ex=kind key=kind}" + Schema.KIND,
        "{!key=year}" + SolrDocuments.YEAR, "{!key=month}" + SolrDocuments.MONTH);
    q.setFacetLimit(FACET_SIZE);
    q.set("f." + SolrDocuments.MONTH + ".facet.limit", 36);
    q.set("f." + SolrDocuments.MONTH + ".facet.sort", "index");
    q.set("f." + SolrDocuments.YEAR + ".facet.sort", "index");
    // speaker_name values are "key\u001fDisplay": several displays of one key are merged after counting
    q.set("f." + Schema.SPEAKER_NAME + ".facet.limit", FACET_SIZE * 3);
  }

  /** Unified highlighting of the type's text fields, marked with control characters turned into offsets. */
  static void highlight(SolrQuery q, DocType type) {
    q.setHighlight(true);
    q.set("hl.method", "unified");
    q.set("hl.fl", String.join(" ", textFields(type).stream().filter(f -> !f.equals(Schema.SPEAKER_TEXT)).toList()));
    q.set("hl.tag.pre", HL_PRE);
    q.set("hl.tag.post", HL_POST);
    q.set("hl.snippets", 1);
    q.set("hl.defaultSummary", true);
    q.set("hl.bs.type", "SENTENCE");
    if (type == DocType.QUOTE || type == DocType.STUB) q.set("hl.fragsize", 0); // the whole quote
    else q.set("hl.fragsize", 300);
  }

  /**
   * Simple mode as Solr syntax: words and "phrases" escaped, + and - kept, OR kept; stop words of either
   * language dropped when the query has other words (as the embedded index does: each language's field would
   * otherwise match the other's stop words).
   */
  static String simple(String query) {
    List<String> parts = new ArrayList<>();
    List<Boolean> stop = new ArrayList<>();
    Matcher m = TOKEN.matcher(query);
    while (m.find()) {
      if (m.group(3) != null) {
        String w = m.group(3);
        if (w.equals("OR")) {
          parts.add("OR");
          stop.add(false);
          continue;
        }
        String sign = w.startsWith("+") || w.startsWith("-") ? w.substring(0, 1) : "";
        String word = w.substring(sign.length());
        if (word.isEmpty()) continue;
        parts.add(sign + ClientUtils.escapeQueryChars(word));
        stop.add(sign.isEmpty() && isStopWord(word));
      } else {
        String inner = m.group(2).replace("\\", " ").strip();
        if (inner.isEmpty()) continue;
        parts.add(m.group(1) + "\"" + inner + "\"");
        stop.add(false);
      }
    }
    boolean others = stop.contains(false) && parts.stream().anyMatch(p -> !p.equals("OR"));
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (others && stop.get(i)) continue;
      kept.add(parts.get(i));
    }
    // an OR with nothing on one side is a word
    while (!kept.isEmpty() && kept.get(0).equals("OR")) kept.remove(0);
    while (!kept.isEmpty() && kept.get(kept.size() - 1).equals("OR")) kept.remove(kept.size() - 1);
    return String.join(" ", kept);
  }

  private static boolean isStopWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w) || FRENCH_STOP.contains(w)
        || FRENCH_STOP.contains(Folding.fold(w));
  }
}
