package verbatim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import verbatim.index.Schema;

/**
 * Finds the character ranges of a text that a query matched, by re-analysing only the returned text (no term
 * vectors or stored offsets needed). Spans are String offsets into the text, never markup.
 */
final class Highlighter {
  /** Longest passage returned for an article hit. */
  static final int PASSAGE = 300;

  private final Analyzer analyzer;

  Highlighter(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** What a query looks for, per field, ignoring excluded (MUST_NOT) clauses. */
  static final class Terms {
    final Map<String, Set<BytesRef>> exact = new HashMap<>();
    final Map<String, List<ByteRunAutomaton>> patterns = new HashMap<>();
    /** Query words, when known (0: unknown): a passage with that many distinct matches is good enough. */
    int words;

    /**
     * About the number of query words: the given count, else the distinct terms sought in {@code field}
     * (which overcounts words that also have an exact-form term).
     */
    int words(String field) {
      if (words > 0) return words;
      Set<BytesRef> set = exact.get(field);
      return set == null ? 0 : set.size();
    }

    boolean isEmpty() {
      return exact.isEmpty() && patterns.isEmpty();
    }

    boolean has(String field) {
      return exact.containsKey(field) || patterns.containsKey(field);
    }

    boolean matches(String field, BytesRef term) {
      Set<BytesRef> set = exact.get(field);
      if (set != null && set.contains(term)) return true;
      List<ByteRunAutomaton> as = patterns.get(field);
      if (as != null) {
        for (ByteRunAutomaton a : as) if (a.run(term.bytes, term.offset, term.length)) return true;
      }
      return false;
    }
  }

  static Terms terms(Query query) {
    return terms(query, 0);
  }

  /** As {@link #terms(Query)}, for a query of {@code words} words (0: unknown). */
  static Terms terms(Query query, int words) {
    Terms t = new Terms();
    t.words = words;
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        for (Term term : terms) t.exact.computeIfAbsent(term.field(), k -> new HashSet<>()).add(term.bytes());
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        t.patterns.computeIfAbsent(field, k -> new ArrayList<>()).add(automaton.get());
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return t;
  }

  /**
   * Matched ranges of {@code text} (a record in {@code lang} whose text field has the base name {@code field}),
   * sorted and merged: the text is analysed as that field was, in the record's language.
   */
  List<SearchResponse.Span> spans(Terms terms, String text, String field, String lang) {
    if (terms.isEmpty() || text == null || text.isEmpty()) return List.of();
    List<int[]> raw = new ArrayList<>();
    String indexed = Schema.inLanguage(field, lang);
    collect(terms, indexed, indexed, text, raw);
    if (raw.isEmpty()) return List.of();
    raw.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    List<SearchResponse.Span> out = new ArrayList<>();
    int s = raw.get(0)[0];
    int e = raw.get(0)[1];
    for (int i = 1; i < raw.size(); i++) {
      int[] r = raw.get(i);
      if (r[0] <= e) {
        e = Math.max(e, r[1]);
      } else {
        out.add(new SearchResponse.Span(s, e));
        s = r[0];
        e = r[1];
      }
    }
    out.add(new SearchResponse.Span(s, e));
    return out;
  }

  private void collect(Terms terms, String field, String analysis, String text, List<int[]> out) {
    if (!terms.has(field)) return;
    try (TokenStream ts = analyzer.tokenStream(analysis, text)) {
      TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (terms.matches(field, term.getBytesRef())) out.add(new int[] {off.startOffset(), off.endOffset()});
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The word of {@code text} (analysed as the language text field {@code field} is, e.g. "article_text_fr")
   * whose term is {@code term}, as written; null when none is (only the first 20,000 characters are read).
   */
  String wordOf(String field, String text, BytesRef term) {
    if (text == null || text.isEmpty()) return null;
    String head = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    try (TokenStream ts = analyzer.tokenStream(field, head)) {
      TermToBytesRefAttribute t = ts.addAttribute(TermToBytesRefAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      String found = null;
      while (found == null && ts.incrementToken()) {
        if (t.getBytesRef().bytesEquals(term)) found = head.substring(off.startOffset(), off.endOffset());
      }
      ts.end();
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A highlighted passage: the text and its spans. */
  record Passage(String text, List<SearchResponse.Span> spans) {}

  /**
   * The paragraph with the most distinct matches (the first one when nothing matches), cut to about
   * {@link #PASSAGE} characters around its first match at word boundaries.
   */
  Passage bestPassage(Terms terms, List<String> paragraphs, String lang) {
    if (paragraphs.isEmpty()) return new Passage("", List.of());
    String best = paragraphs.get(0);
    List<SearchResponse.Span> bestSpans = List.of();
    int bestScore = 0;
    int scanned = 0;
    int want = terms.words(Schema.inLanguage(Schema.ARTICLE_TEXT, lang));
    for (String p : paragraphs) {
      if (scanned > 3_000) break; // long articles: the first paragraphs are enough to pick from
      scanned += p.length();
      List<SearchResponse.Span> spans = spans(terms, p, Schema.ARTICLE_TEXT, lang);
      Set<String> distinct = new HashSet<>();
      for (SearchResponse.Span s : spans) distinct.add(p.substring(s.start(), s.end()).toLowerCase(java.util.Locale.ROOT));
      int score = distinct.size() * 1000 + spans.size();
      if (score > bestScore) {
        bestScore = score;
        best = p;
        bestSpans = spans;
        if (want > 0 && distinct.size() >= want) break; // every query word in one paragraph: good enough
      }
    }
    return cut(best, bestSpans);
  }

  static Passage cut(String text, List<SearchResponse.Span> spans) {
    if (text.length() <= PASSAGE) return new Passage(text, spans);
    int anchor = spans.isEmpty() ? 0 : spans.get(0).start();
    int from = Math.max(0, anchor - PASSAGE / 4);
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
    int to = Math.min(text.length(), from + PASSAGE);
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
    String cut = text.substring(from, to);
    List<SearchResponse.Span> shifted = new ArrayList<>();
    for (SearchResponse.Span s : spans) {
      if (s.start() >= from && s.end() <= to) shifted.add(new SearchResponse.Span(s.start() - from, s.end() - from));
    }
    return new Passage(cut, shifted);
  }
}
