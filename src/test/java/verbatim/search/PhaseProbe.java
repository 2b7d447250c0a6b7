package verbatim.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.*;
import org.apache.lucene.index.*;
import org.apache.lucene.search.*;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import verbatim.bench.BenchQuery;
import verbatim.index.*;

/**
 * Manual measurement (not a test): the CPU time of each phase of an article search (translation, top-10
 * collection with the production sort, the same with score order only, the exact count, loading the hits'
 * stored fields) per query group of the peer kit's queries, fourth pass, calling thread only (run with
 * {@code -XX:ActiveProcessorCount=1} so no other thread works for a query). Variants in the second table:
 * score then document order, score then a numeric doc value. Args: indexDir queries.jsonl.
 */
public final class PhaseProbe {
  /** Hits counted exactly before the top-10 collection may skip (the production value unless -Dthreshold= is given). */
  private static final int THRESHOLD = Integer.getInteger("threshold", QueryRunner.COUNT_THRESHOLD);

  public static void main(String[] a) throws Exception {
    List<BenchQuery> qs = BenchQuery.load(Path.of(a[1]));
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    BilingualAnalyzer an = new BilingualAnalyzer();
    QueryTranslator tr = new QueryTranslator(an);
    try (Directory dir = FSDirectory.open(Path.of(a[0])); DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(verbatim.index.Schema.ID_KEY, SortField.Type.LONG));
      for (int pass = 0; pass < 4; pass++) {
        Map<String, long[]> acc = new TreeMap<>();
        Map<String, long[]> acc2 = new TreeMap<>();
        for (BenchQuery q : qs) {
          long c0 = t.getCurrentThreadCpuTime();
          QueryTranslator.Translation tt = tr.translate(q.verbatimQuery(), SearchRequest.Mode.SIMPLE, SearchRequest.DocType.ARTICLE);
          long c1 = t.getCurrentThreadCpuTime();
          TopFieldDocs top = s.search(tt.query(), new TopFieldCollectorManager(sort, 11, null, THRESHOLD));
          long c2 = t.getCurrentThreadCpuTime();
          TopDocs top2 = s.search(tt.query(), new TopScoreDocCollectorManager(11, null, THRESHOLD));
          long c3 = t.getCurrentThreadCpuTime();
          long n = 0; for (Query p : tt.counting()) n += s.count(p);
          long c4 = t.getCurrentThreadCpuTime();
          StoredFields sf = r.storedFields();
          for (ScoreDoc sd : top.scoreDocs) sf.document(sd.doc);
          long c5 = t.getCurrentThreadCpuTime();
          long c6 = t.getCurrentThreadCpuTime();
          s.search(tt.query(), new TopFieldCollectorManager(new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC), 11, null, THRESHOLD));
          long c7 = t.getCurrentThreadCpuTime();
          s.search(tt.query(), new TopFieldCollectorManager(new Sort(SortField.FIELD_SCORE, new SortField("date", SortField.Type.LONG)), 11, null, THRESHOLD));
          long c8 = t.getCurrentThreadCpuTime();
          long[] w = acc2.computeIfAbsent(q.group(), k -> new long[3]);
          w[0] += c7 - c6; w[1] += c8 - c7; w[2]++;
          long[] v = acc.computeIfAbsent(q.group(), k -> new long[6]);
          v[0] += c1 - c0; v[1] += c2 - c1; v[2] += c3 - c2; v[3] += c4 - c3; v[4] += c5 - c4; v[5]++;
        }
        if (pass < 3) continue;
        acc.forEach((g, v) -> System.out.printf(Locale.ROOT, "%-10s translate %.3f topField %.3f topScore %.3f count %.3f stored(all) %.3f ms%n", g,
            v[0] / 1e6 / v[5], v[1] / 1e6 / v[5], v[2] / 1e6 / v[5], v[3] / 1e6 / v[5], v[4] / 1e6 / v[5]));
        acc2.forEach((g, v) -> System.out.printf(Locale.ROOT, "%-10s sort(score,doc) %.3f sort(score,numeric dv) %.3f ms%n", g, v[0] / 1e6 / v[2], v[1] / 1e6 / v[2]));
      }
    }
  }
}
