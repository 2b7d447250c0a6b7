package verbatim.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import verbatim.extract.Quote;
import verbatim.extract.QuoteFinder;
import verbatim.index.ArticleWriter;
import verbatim.index.Indexer;
import verbatim.ingest.Article;
import verbatim.ingest.CorpusReader;
import verbatim.search.Fixtures;
import verbatim.search.Searcher;

/**
 * A real index for the web tests: short bilingual articles written for these tests (with hand-placed quotes,
 * so counts are known) plus whatever {@code corpus/} holds, read and extracted by the real pipeline.
 */
final class TestIndex implements AutoCloseable {
  /** Quotes in the "budget" article, all containing the word "budget". */
  static final int BUDGET_QUOTES = 23;
  static final String[] BUDGET_SPEAKERS = {"Jane Doe", "Marc Tremblay", "Éric Caire"};

  final Path dir;
  final Indexer indexer;
  final Searcher searcher;
  final List<Article> articles = new ArrayList<>();
  long handQuotes;

  TestIndex(Path dir, boolean withCorpus) throws IOException {
    this.dir = dir;
    this.indexer = Indexer.open(dir);
    this.handQuotes = fill(indexer, articles, withCorpus);
    indexer.commit();
    this.searcher = new Searcher(indexer);
  }

  /**
   * Writes the fixtures (and, {@code withCorpus}, whatever {@code corpus/} holds, extracted by the real pipeline)
   * through {@code writer}, not committed: the same records for the embedded index and a SolrCloud collection.
   * Adds the fixture articles to {@code articles}; returns the fixtures' hand-placed quotes.
   */
  static long fill(ArticleWriter writer, List<Article> articles, boolean withCorpus) throws IOException {
    long quotes = 0;
    for (Object[] pair : fixtures()) {
      Article a = (Article) pair[0];
      @SuppressWarnings("unchecked") List<Quote> qs = (List<Quote>) pair[1];
      writer.index(a, qs);
      articles.add(a);
      quotes += qs.size();
    }
    if (withCorpus) {
      Path corpus = Path.of(System.getProperty("verbatim.basedir", ".")).resolve("corpus");
      if (Files.isDirectory(corpus)) {
        CorpusReader reader = new CorpusReader();
        QuoteFinder finder = new QuoteFinder();
        for (Path f : reader.list(corpus)) {
          reader.read(f, new CorpusReader.Sink() {
            @Override public void article(Article a) {
              try {
                writer.index(a, finder.find(a.text(), a.language()));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
            @Override public void failed(String source, String reason) {}
            @Override public void skipped(String source, String reason) {}
          });
        }
      }
    }
    return quotes;
  }

  @Override
  public void close() throws IOException {
    searcher.close();
    indexer.close();
  }

  /** An article of these tests: urls under https://news.example/ (see {@link Fixtures#article}). */
  static Article article(String id, String lang, String title, String date, String outlet, List<String> stubs,
      String... paragraphs) {
    return Fixtures.article("https://news.example/", "web-fixtures/", id, lang, title, date, outlet, stubs, paragraphs);
  }

  static Quote quote(Article a, String words, String speaker, String role, Quote.Kind kind, int from) {
    return Fixtures.quote(a, words, speaker, role, kind, from);
  }

  static Quote quote(Article a, String words, String speaker, String role, Quote.Kind kind) {
    return Fixtures.quote(a, words, speaker, role, kind, 0);
  }

  /** Texts written for these tests. */
  static List<Object[]> fixtures() {
    List<Object[]> out = new ArrayList<>();
    Article fr1 = article("web-fr-1", "fr", "Le pont du village fermé pour l’hiver", "2023-03-01", "Le Veilleur",
        List.of("Lire aussi : les routes de campagne en mauvais état"),
        "La municipalité a fermé le vieux pont jeudi matin.",
        "« Nous réparerons le pont avant le printemps », a promis Éric Caire, ministre délégué.",
        "« La sécurité des piétons passe d’abord », a ajouté Geneviève Guilbault.");
    out.add(new Object[] {fr1, List.of(
        quote(fr1, "Nous réparerons le pont avant le printemps", "Éric Caire", "ministre délégué", Quote.Kind.DIRECT),
        quote(fr1, "La sécurité des piétons passe d’abord", "Geneviève Guilbault", null, Quote.Kind.DIRECT))});

    Article en1 = article("web-en-1", "en", "Village bridge closed for the winter", "2023-02-28", "The Lantern",
        List.of("Read also: country roads in poor repair"),
        "The town closed the old bridge on Thursday morning.",
        "\"We will repair the bridge before spring,\" said Eric Caire, the junior minister.",
        "Jane Doe called the closure \"a long overdue decision\" for the town.");
    out.add(new Object[] {en1, List.of(
        quote(en1, "We will repair the bridge before spring", "Eric Caire", "junior minister", Quote.Kind.DIRECT),
        quote(en1, "a long overdue decision", "Jane Doe", "councillor", Quote.Kind.PARTIAL))});

    Article en2 = article("web-en-2", "en", "Library opens a night reading room", "2024-05-10", "The Lantern",
        List.of(),
        "\"Night owls deserve books too,\" said Jane Doe, who chairs the library board.",
        "Marc Tremblay said the room would stay open until midnight on weekdays.");
    out.add(new Object[] {en2, List.of(
        quote(en2, "Night owls deserve books too", "Jane Doe", "library board chair", Quote.Kind.DIRECT),
        quote(en2, "the room would stay open until midnight on weekdays", "Marc Tremblay", null, Quote.Kind.INDIRECT))});

    Article fr2 = article("web-fr-2", "fr", "La bibliothèque ouvre une salle de nuit", "2024-06-01", "Le Veilleur",
        List.of("Lire aussi : le prix des livres scolaires"),
        "« Les lecteurs de nuit méritent leur salle », a lancé Marc Tremblay.");
    out.add(new Object[] {fr2, List.of(
        quote(fr2, "Les lecteurs de nuit méritent leur salle", "Marc Tremblay", null, Quote.Kind.DIRECT))});

    // Many quotes on one topic: paging, export and facet counts.
    List<String> paragraphs = new ArrayList<>();
    for (int i = 1; i <= BUDGET_QUOTES; i++) {
      String sp = BUDGET_SPEAKERS[i % BUDGET_SPEAKERS.length];
      paragraphs.add("\"Budget line " + i + " must stay, \"quoted\", and funded,\" said " + sp + ".");
    }
    Article bulk = article("web-en-budget", "en", "Council debates the budget line by line", "2024-01-15",
        "The Lantern", List.of(), paragraphs.toArray(String[]::new));
    List<Quote> qs = new ArrayList<>();
    for (int i = 1; i <= BUDGET_QUOTES; i++) {
      String sp = BUDGET_SPEAKERS[i % BUDGET_SPEAKERS.length];
      qs.add(quote(bulk, "Budget line " + i + " must stay, \"quoted\", and funded,", sp, null, Quote.Kind.DIRECT));
    }
    out.add(new Object[] {bulk, qs});
    return out;
  }
}
