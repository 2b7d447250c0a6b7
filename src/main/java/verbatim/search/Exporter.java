package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import verbatim.search.SearchResponse.Hit;

/** Streams every hit of a request from one snapshot, in the order and with the copies left out that its pages show. */
final class Exporter {
  /** Hits fetched per page while exporting. */
  static final int EXPORT_PAGE = 1000;

  private final QueryTranslator translator;
  private final HitReader hitReader;

  Exporter(QueryTranslator translator, HitReader hitReader) {
    this.translator = translator;
    this.hitReader = hitReader;
  }

  /** Sends every hit of {@code asked} (validated; size and cursor ignored) to {@code sink}; returns how many. */
  long export(Snapshot snap, SearchRequest asked, Consumer<Hit> sink) throws IOException {
    QueryPlan p = QueryPlan.of(snap, asked, translator);
    // the order search pages show: the first pass, its best WINDOW hits scored again
    DrillDownQuery ddq = p.firstPass();
    boolean rescore = p.rescores();
    CopyCollapser collapser = p.collapser(snap);
    Sort sort = RequestFilters.sort(p.request().sort());
    Highlighter.Terms terms = Highlighter.terms(p.plain().query());
    FieldDoc after = null;
    long n = 0;
    while (true) {
      TopFieldDocs top = snap.search(ddq, new TopFieldCollectorManager(sort, EXPORT_PAGE, after, 1));
      ScoreDoc[] docs = top.scoreDocs;
      if (rescore && after == null) docs = rescoreWindow(snap, p.ranked().bonus(), docs);
      n += send(snap, docs, collapser, terms, sink);
      if (top.scoreDocs.length < EXPORT_PAGE) return n;
      after = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
    }
  }

  /** The first export page with its best {@link WindowRescorer#WINDOW} hits scored again, as search shows them. */
  private static ScoreDoc[] rescoreWindow(Snapshot snap, Query bonus, ScoreDoc[] first) throws IOException {
    ScoreDoc[] docs = first.clone();
    int window = Math.min(WindowRescorer.WINDOW, docs.length);
    System.arraycopy(WindowRescorer.rescore(snap, bonus, Arrays.copyOf(docs, window)), 0, docs, 0, window);
    return docs;
  }

  /** Sends the hits of {@code docs} that {@code collapser} keeps (all when null); returns how many. */
  private long send(Snapshot snap, ScoreDoc[] docs, CopyCollapser collapser, Highlighter.Terms terms,
      Consumer<Hit> sink) throws IOException {
    List<ScoreDoc> kept = new ArrayList<>(docs.length);
    List<SearchResponse.AlsoIn> copies = new ArrayList<>(docs.length);
    for (ScoreDoc d : docs) {
      CopyCollapser.Decision decision = collapser == null ? CopyCollapser.Decision.ALONE : collapser.decide(d.doc);
      if (!decision.keep()) continue;
      kept.add(d);
      copies.add(decision.alsoIn());
    }
    List<Hit> hits = hitReader.hits(snap, kept.toArray(new ScoreDoc[0]), terms, false);
    for (int i = 0; i < hits.size(); i++) {
      sink.accept(copies.get(i) == null ? hits.get(i) : hits.get(i).withAlsoIn(copies.get(i)));
    }
    return hits.size();
  }
}
