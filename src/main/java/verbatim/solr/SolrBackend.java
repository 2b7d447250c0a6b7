package verbatim.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import verbatim.index.Schema;
import verbatim.search.ArticleView;
import verbatim.search.IndexStats;
import verbatim.search.SearchBackend;
import verbatim.search.SearchException;
import verbatim.search.SearchRequest;
import verbatim.search.SearchResponse;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.search.SearchResponse.Hit;
import verbatim.search.Suggestion;
import verbatim.text.Folding;

/**
 * The search side on a SolrCloud collection: the same requests and responses as the embedded index, answered by
 * Solr (eDisMax ranking, tagged filters for drill-sideways facets, {@code cursorMark} paging, exact counts,
 * unified highlighting turned into offsets). Thread-safe.
 */
public final class SolrBackend implements SearchBackend {
  private static final int EXPORT_PAGE = 500;
  private static final long GENERATION_TTL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  private final SolrCluster cluster;
  private final String collection;
  private final SolrHits hits = new SolrHits();
  private volatile long generation;
  private volatile long generationRead;

  public SolrBackend(SolrCluster cluster, String collection) {
    this.cluster = cluster;
    this.collection = collection;
  }

  public String collection() {
    return collection;
  }

  QueryResponse query(SolrQuery q) throws IOException {
    QueryResponse r = new QueryResponse();
    r.setResponse(cluster.request(new QueryRequest(q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST), collection));
    return r;
  }

  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    SearchRequest r = request.validate();
    List<String> notices = new ArrayList<>();
    SearchRequest read = SolrQueryBuilder.read(r, notices);
    SolrQuery q = SolrQueryBuilder.base(read);
    Cursor cursor = Cursor.decode(r.cursor(), r);
    q.setRows(r.size());
    q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor.mark());
    if (r.facets()) SolrQueryBuilder.facets(q);
    boolean highlight = r.highlight() && !r.query().isBlank();
    if (highlight) SolrQueryBuilder.highlight(q, r.type());
    QueryResponse resp = queryChecked(q, r);
    long total = resp.getResults().getNumFound();
    List<Hit> page = new ArrayList<>();
    for (SolrDocument d : resp.getResults()) {
      page.add(hits.hit(d, highlight ? resp.getHighlighting() : null, r.type()));
    }
    long shown = cursor.offset() + page.size();
    String next = shown < total && !page.isEmpty()
        ? new Cursor(shown, resp.getNextCursorMark()).encode(r) : null;
    Map<String, List<FacetCount>> facets = r.facets() ? facets(resp) : emptyFacets();
    boolean partial = Boolean.TRUE.equals(
        resp.getResponseHeader() == null ? null : resp.getResponseHeader().get("partialResults"));
    return new SearchResponse(total, true, page, facets, next, null, partial, null, null,
        read.mode().name().toLowerCase(Locale.ROOT), notices);
  }

  /** Runs a user's query: Solr's refusal of its syntax becomes the API's bad-query error. */
  private QueryResponse queryChecked(SolrQuery q, SearchRequest r) throws IOException {
    try {
      return query(q);
    } catch (IOException e) {
      if (e.getCause() instanceof org.apache.solr.common.SolrException se && se.code() == 400) {
        String message = firstLine(se.getMessage());
        // a cursor that decodes but carries a mark Solr cannot read is as forged as one that does not decode
        if (message.contains("cursorMark")) throw SearchException.badCursor("the cursor is invalid or belongs to another query");
        throw SearchException.badParameter("q", "the query cannot be read: " + message);
      }
      throw e;
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "syntax error";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private Map<String, List<FacetCount>> facets(QueryResponse resp) {
    Map<String, List<FacetCount>> out = emptyFacets();
    if (resp.getFacetFields() == null) return out;
    for (FacetField f : resp.getFacetFields()) {
      List<FacetCount> values = new ArrayList<>();
      if (f.getName().equals(Schema.FACET_SPEAKER)) {
        values = SolrHits.speakerCounts(f.getValues(), SolrQueryBuilder.FACET_SIZE);
      } else {
        for (FacetField.Count c : f.getValues()) values.add(new FacetCount(c.getName(), c.getCount()));
      }
      if (f.getName().equals(Schema.FACET_YEAR) || f.getName().equals(Schema.FACET_MONTH)) {
        values.sort(Comparator.comparing(FacetCount::value).reversed());
      }
      if (out.containsKey(f.getName())) out.put(f.getName(), values);
    }
    return out;
  }

  private static Map<String, List<FacetCount>> emptyFacets() {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Schema.FACET_DIMS) out.put(dim, List.of());
    return out;
  }

  @Override
  public long export(SearchRequest request, Consumer<Hit> sink) throws IOException {
    SearchRequest r = request.validate();
    SolrQuery q = SolrQueryBuilder.base(SolrQueryBuilder.read(r, new ArrayList<>()));
    q.setRows(EXPORT_PAGE);
    String mark = CursorMarkParams.CURSOR_MARK_START;
    long n = 0;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      QueryResponse resp = queryChecked(q, r);
      for (SolrDocument d : resp.getResults()) {
        sink.accept(hits.hit(d, null, r.type()));
        n++;
      }
      String next = resp.getNextCursorMark();
      if (next == null || next.equals(mark) || resp.getResults().isEmpty()) return n;
      mark = next;
    }
  }

  @Override
  public Optional<ArticleView> article(String id) throws IOException {
    if (id == null || id.isBlank()) return Optional.empty();
    SolrQuery q = new SolrQuery(SolrWriter.term(Schema.ID, id));
    q.addFilterQuery(Schema.TYPE + ":" + Schema.TYPE_ARTICLE);
    q.setRows(1);
    q.setFields("*");
    QueryResponse a = query(q);
    if (a.getResults().isEmpty()) return Optional.empty();
    SolrQuery c = new SolrQuery(SolrWriter.term(Schema.ARTICLE_ID, id));
    c.addFilterQuery(Schema.TYPE + ":(" + Schema.TYPE_QUOTE + " OR " + Schema.TYPE_STUB + ")");
    c.setRows(100_000);
    c.setFields("*");
    return Optional.of(SolrHits.article(id, a.getResults().get(0), query(c).getResults()));
  }

  @Override
  public List<FacetCount> speakers(String prefix, int limit) throws IOException {
    if (limit < 1) throw SearchException.badParameter("limit", "limit must be at least 1");
    String p = Folding.key(prefix == null ? "" : prefix);
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(SolrQueryBuilder.QUOTES);
    q.setRows(0);
    q.setFacet(true);
    q.addFacetField(Schema.SPEAKER_NAME);
    q.setFacetLimit(-1);
    q.setFacetMinCount(1);
    if (!p.isEmpty()) q.set("facet.contains", p); // narrows the transfer; the word-start test is below
    QueryResponse resp = query(q);
    List<FacetField.Count> matching = new ArrayList<>();
    for (FacetField.Count c : resp.getFacetField(Schema.SPEAKER_NAME).getValues()) {
      String key = SolrHits.speakerKey(c.getName());
      if (p.isEmpty() || key.startsWith(p) || key.contains(" " + p)) matching.add(c);
    }
    return SolrHits.speakerCounts(matching, limit);
  }

  /** Speakers only: completions of query words come from the embedded index's terms, which Solr does not expose here. */
  @Override
  public List<Suggestion> suggest(String prefix, int limit) throws IOException {
    if (limit < 1) throw SearchException.badParameter("limit", "limit must be at least 1");
    String text = prefix == null ? "" : prefix.stripLeading();
    if (text.isBlank()) return List.of();
    List<Suggestion> out = new ArrayList<>();
    for (FacetCount s : speakers(text, limit)) out.add(new Suggestion(s.value(), "speaker", s.count()));
    return out;
  }

  /** Display names of every speaker in the collection (so new quotes join them, as in the embedded index). */
  public List<String> speakerNames() throws IOException {
    SolrQuery q = new SolrQuery("*:*");
    q.setRows(0);
    q.setFacet(true);
    q.addFacetField(Schema.SPEAKER_NAME);
    q.setFacetLimit(-1);
    q.setFacetMinCount(1);
    List<String> names = new ArrayList<>();
    FacetField f = query(q).getFacetField(Schema.SPEAKER_NAME);
    if (f == null) return names;
    for (FacetField.Count c : f.getValues()) {
      int sep = c.getName().indexOf('\u001f');
      if (sep >= 0) names.add(c.getName().substring(sep + 1));
    }
    return names;
  }

  @Override
  public IndexStats stats() throws IOException {
    SolrQuery q = new SolrQuery("*:*");
    q.setRows(0);
    q.setFacet(true);
    q.addFacetField(Schema.TYPE);
    q.set("json.facet", "{speakers:\"unique(" + Schema.SPEAKER_KEY + ")\"}");
    QueryResponse r = query(q);
    Map<String, Long> byType = new HashMap<>();
    for (FacetField.Count c : r.getFacetField(Schema.TYPE).getValues()) byType.put(c.getName(), c.getCount());
    long speakers = 0;
    Object json = r.getResponse().get("facets");
    if (json instanceof org.apache.solr.common.util.NamedList<?> nl && nl.get("speakers") instanceof Number n) {
      speakers = n.longValue();
    }
    return new IndexStats(generation(), r.getResults().getNumFound(), byType.getOrDefault(Schema.TYPE_ARTICLE, 0L),
        byType.getOrDefault(Schema.TYPE_STUB, 0L), byType.getOrDefault(Schema.TYPE_QUOTE, 0L),
        byType.getOrDefault(Schema.TYPE_FILE, 0L), speakers);
  }

  /**
   * The record count and the highest {@code _version_}: an add or replace raises the version, a delete lowers
   * the count. Read at most twice a second (Solr makes writes visible within a second anyway).
   */
  @Override
  public long generation() {
    if (System.nanoTime() - generationRead < GENERATION_TTL_NANOS) return generation;
    try {
      SolrQuery q = new SolrQuery("*:*");
      q.setRows(1);
      q.setFields("_version_");
      q.set("sort", "_version_ desc");
      QueryResponse r = query(q);
      long version = r.getResults().isEmpty() ? 0 : ((Number) r.getResults().get(0).getFieldValue("_version_")).longValue();
      long g = version * 31 + r.getResults().getNumFound();
      generation = g & Long.MAX_VALUE;
      generationRead = System.nanoTime();
      return generation;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void refresh() throws IOException {
    new SolrWriter(cluster, collection).commit();
    generationRead = 0;
  }

  @Override
  public void close() throws IOException {
    cluster.close();
  }

  /** The position after a page: how many hits came before (for the last-page test) and Solr's cursor mark. */
  record Cursor(long offset, String mark) {
    static Cursor decode(String cursor, SearchRequest r) {
      if (cursor == null || cursor.isEmpty()) return new Cursor(0, CursorMarkParams.CURSOR_MARK_START);
      try {
        String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String[] parts = s.split("\n", 3);
        if (parts.length == 3 && parts[0].equals(Integer.toHexString(r.orderSignature()))) {
          return new Cursor(Long.parseLong(parts[1]), parts[2]);
        }
      } catch (IllegalArgumentException e) {
        // fall through
      }
      throw SearchException.badCursor("the cursor is invalid or belongs to another query");
    }

    String encode(SearchRequest r) {
      String s = Integer.toHexString(r.orderSignature()) + "\n" + offset + "\n" + mark;
      return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
  }
}
