package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import verbatim.index.Indexer;
import verbatim.ingest.Article;
import verbatim.ingest.Paragraph;

/**
 * Relevance of our search path against plain Lucene analysis: MAP on CACM (English) against an
 * {@link EnglishAnalyzer} baseline and MRR@10 on PIAF (French) against a {@link FrenchAnalyzer} baseline.
 * Reads ../shared in place; skipped when it is absent. Figures are printed and recorded in docs/RELEVANCE.md.
 */
class RelevanceTest {
  private static final Path DIR = Path.of(System.getProperty("verbatim.shared", "../shared"), "eval", "relevance");
  private static final int DEPTH = 1000;

  record Doc(String id, String title, String text) {}

  private static List<Doc> docs(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Doc> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        out.add(new Doc(n.get("id").asText(), n.has("title") ? n.get("title").asText() : "", n.get("contents").asText()));
      }
    }
    return out;
  }

  private static Map<String, Set<String>> qrels(Path file) throws IOException {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && !f[3].equals("0")) out.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[2]);
    }
    return out;
  }

  private static Map<String, String> cacmTopics(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<DOCNO>\\s*(\\d+)\\s*</DOCNO>(.*?)</DOC>", Pattern.DOTALL)
        .matcher(Files.readString(file, StandardCharsets.UTF_8));
    while (m.find()) out.put(m.group(1), m.group(2).replaceAll("\\s+", " ").trim());
    return out;
  }

  private static Map<String, String> tsvTopics(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) out.put(line.substring(0, tab), line.substring(tab + 1).trim());
    }
    return out;
  }

  interface Ranker {
    List<String> rank(String query, int depth) throws IOException;
  }

  /** Plain Lucene: one field, the given analyzer, an OR of the query's terms, BM25. */
  private static Ranker baseline(List<Doc> docs, Analyzer analyzer) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Doc d : docs) {
        Document doc = new Document();
        doc.add(new StringField("id", d.id(), Field.Store.YES));
        doc.add(new TextField("body", d.title() + "\n\n" + d.text(), Field.Store.NO));
        w.addDocument(doc);
      }
    }
    IndexSearcher s = new IndexSearcher(DirectoryReader.open(dir));
    QueryBuilder qb = new QueryBuilder(analyzer);
    return (query, depth) -> {
      Query q = qb.createBooleanQuery("body", query);
      List<String> out = new ArrayList<>();
      if (q == null) return out;
      for (ScoreDoc sd : s.search(q, depth).scoreDocs) out.add(s.storedFields().document(sd.doc).get("id"));
      return out;
    };
  }

  /** Ours: the documents as articles through Indexer and Searcher, simple queries, cursor paging. */
  private static Ranker ours(List<Doc> docs, String lang, List<AutoCloseable> closeLater) throws IOException {
    Indexer indexer = new Indexer(new ByteBuffersDirectory(), 64);
    for (Doc d : docs) {
      Article a = new Article(d.id(), "eval", d.text(), d.title(), List.of(new Paragraph(0, d.text().length(), d.text())),
          List.of(), List.of(), List.of(), List.of(), null, null, null, null, lang);
      indexer.index(a, List.of());
    }
    Searcher searcher = new Searcher(indexer);
    searcher.refresh();
    closeLater.add(searcher);
    closeLater.add(indexer);
    return (query, depth) -> {
      List<String> out = new ArrayList<>();
      String cursor = null;
      do {
        SearchResponse r = searcher.search(new SearchRequest(query, null, SearchRequest.DocType.ARTICLE, null, null,
            null, null, null, null, Math.min(SearchRequest.MAX_SIZE, depth), cursor, null, false));
        r.hits().forEach(h -> out.add(h.id()));
        cursor = r.cursor();
      } while (cursor != null && out.size() < depth);
      return out.size() > depth ? out.subList(0, depth) : out;
    };
  }

  private static double meanAveragePrecision(Ranker ranker, Map<String, String> topics, Map<String, Set<String>> qrels)
      throws IOException {
    double sum = 0;
    int n = 0;
    for (Map.Entry<String, String> t : topics.entrySet()) {
      Set<String> rel = qrels.get(t.getKey());
      if (rel == null || rel.isEmpty()) continue;
      List<String> ranked = ranker.rank(t.getValue(), DEPTH);
      double hits = 0;
      double ap = 0;
      for (int i = 0; i < ranked.size(); i++) {
        if (rel.contains(ranked.get(i))) {
          hits++;
          ap += hits / (i + 1);
        }
      }
      sum += ap / rel.size();
      n++;
    }
    return sum / n;
  }

  private static double meanReciprocalRank(Ranker ranker, Map<String, String> topics, Map<String, Set<String>> qrels,
      int k) throws IOException {
    double sum = 0;
    int n = 0;
    for (Map.Entry<String, String> t : topics.entrySet()) {
      Set<String> rel = qrels.get(t.getKey());
      if (rel == null || rel.isEmpty()) continue;
      List<String> ranked = ranker.rank(t.getValue(), k);
      for (int i = 0; i < ranked.size() && i < k; i++) {
        if (rel.contains(ranked.get(i))) {
          sum += 1.0 / (i + 1);
          break;
        }
      }
      n++;
    }
    return sum / n;
  }

  @Test
  void cacmMapNotWorseThanEnglishAnalyzer() throws Exception {
    Path dir = DIR.resolve("cacm");
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " absent (../shared absent): skipping relevance on CACM");
    List<Doc> docs = docs(dir.resolve("cacm.jsonl"));
    Map<String, String> topics = cacmTopics(dir.resolve("topics.cacm.txt"));
    Map<String, Set<String>> qrels = qrels(dir.resolve("qrels.cacm.txt"));
    List<AutoCloseable> close = new ArrayList<>();
    try {
      double base = meanAveragePrecision(baseline(docs, new EnglishAnalyzer()), topics, qrels);
      double mine = meanAveragePrecision(ours(docs, "en", close), topics, qrels);
      System.out.printf(Locale.ROOT, "CACM MAP@%d: ours %.4f, EnglishAnalyzer baseline %.4f%n", DEPTH, mine, base);
      assertTrue(mine >= base - 0.005, String.format(Locale.ROOT, "MAP %.4f below baseline %.4f", mine, base));
    } finally {
      for (AutoCloseable c : close) c.close();
    }
  }

  @Test
  void piafMrrNotWorseThanFrenchAnalyzer() throws Exception {
    Path dir = DIR.resolve("piaf-fr");
    Assumptions.assumeTrue(Files.isDirectory(dir), dir + " absent (../shared absent): skipping relevance on PIAF");
    List<Doc> docs = docs(dir.resolve("piaf_corpus.jsonl"));
    Map<String, String> topics = tsvTopics(dir.resolve("piaf_topics.tsv"));
    Map<String, Set<String>> qrels = qrels(dir.resolve("piaf_qrels.txt"));
    List<AutoCloseable> close = new ArrayList<>();
    try {
      double base = meanReciprocalRank(baseline(docs, new FrenchAnalyzer()), topics, qrels, 10);
      double mine = meanReciprocalRank(ours(docs, "fr", close), topics, qrels, 10);
      System.out.printf(Locale.ROOT, "PIAF MRR@10: ours %.4f, FrenchAnalyzer baseline %.4f%n", mine, base);
      assertTrue(mine >= base - 0.005, String.format(Locale.ROOT, "MRR %.4f below baseline %.4f", mine, base));
    } finally {
      for (AutoCloseable c : close) c.close();
    }
  }
}
