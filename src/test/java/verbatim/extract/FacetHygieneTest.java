package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import verbatim.ingest.Article;
import verbatim.ingest.CorpusReader;

/**
 * The facet-hygiene target of issue 17: over the shipped quebec-press and reuters21578 corpora, read and extracted
 * as {@code ./verbatim index} does (corpus reader, quote finder, corpus-level speakers), at most
 * {@value #MAX_RATE} of attributed quotes carry a speaker no one would put in a facet. The defects are defined here,
 * apart from the production gate, so the test measures the pipeline rather than restating it.
 */
class FacetHygieneTest {
  static final double MAX_RATE = 0.005;
  private static final Path SHARED = Path.of(System.getProperty("verbatim.shared", "../shared"));

  // "a" and "des" are left out: the English article ("a spokesman") and the French plural one ("des manifestants")
  private static final Set<String> PREPOSITIONS = Set.of("à", "au", "aux", "de", "du", "en",
      "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez", "selon", "auprès", "devant", "derrière", "après",
      "avant", "entre", "vers", "contre", "depuis", "pendant", "lors", "of", "in", "on", "at", "to", "for", "from",
      "with", "by", "about", "after", "before", "during", "under", "over", "into", "through", "according",
      "against", "between", "among", "since", "until", "via", "per");
  private static final Set<String> FUNCTION_WORDS = Set.of("le", "la", "les", "l", "un", "une", "il", "elle",
      "ils", "elles", "on", "nous", "vous", "je", "j", "ce", "cela", "ça", "qui", "que", "qu", "et", "ou", "mais",
      "se", "son", "sa", "ses", "leur", "leurs", "the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
      "this", "that", "these", "those", "who", "which", "and", "or", "but", "his", "her", "its", "their", "there",
      "some", "all");
  private static final Set<String> CORPORATE_SUFFIXES = Set.of("inc", "corp", "corporation", "co", "company",
      "companies", "ltd", "limited", "plc", "llc", "lp", "ag", "sa", "nv", "bv", "gmbh", "spa", "group", "holdings",
      "department", "dept", "cie", "ltée", "ltee", "inc.", "corp.", "co.", "ltd.");
  /** "d'autres", "d’après": an elided "de" before a lower-case word ("D'Amours" is a surname). */
  private static final Pattern ELIDED_DE = Pattern.compile("[dD]['’]\\p{Ll}");
  /** "Du Plessis", "De Luca": a capitalised particle before a capitalised word starts a surname, not a phrase. */
  private static final Pattern SURNAME_PARTICLE = Pattern.compile("(De|Du|Des|D['’])\\s*\\p{Lu}");
  private static final Pattern INVERTED_CUE = Pattern.compile("-t-(il|elle|ils|elles|on)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** The defect of a facet value, or null when it is name-shaped enough. */
  static String defect(String speaker) {
    String s = speaker.strip();
    if (s.codePointCount(0, s.length()) <= 2) return "one or two characters";
    if (INVERTED_CUE.matcher(s).find()) return "inverted cue";
    String[] words = s.toLowerCase(Locale.ROOT).split("[\\s’']+");
    if (PREPOSITIONS.contains(words[0]) && !SURNAME_PARTICLE.matcher(s).lookingAt()) return "starts with a preposition";
    if (ELIDED_DE.matcher(s).lookingAt()) return "starts with a preposition";
    if (words.length == 1 && FUNCTION_WORDS.contains(words[0])) return "lone function word";
    if (words.length == 1 && CORPORATE_SUFFIXES.contains(words[0].replaceAll("\\.$", ""))) {
      return "lone corporate suffix";
    }
    return null;
  }

  @Test
  void defectsAreWhatTheIssueNames() {
    for (String bad : List.of("À Bruxelles", "a-t-il remarqué", "les", "Inc", "company", "Department", "P", "He",
        "according to officials", "auprès de l'AFP")) {
      assertTrue(defect(bad) != null, bad);
    }
    for (String good : List.of("Ana Ruiz", "Zentrix Inc", "the company's chairman", "Marie-Ève Côté",
        "le ministre des Finances", "Bureau of Statistics", "Li Na", "Du Plessis", "D'Amours")) {
      assertTrue(defect(good) == null, good + ": " + defect(good));
    }
  }

  @Test
  void quebecPressAndReutersFacetsAreNameShaped() throws Exception {
    Path quebec = SHARED.resolve("corpora/quebec-press/quebec-press-fr.jsonl");
    Path reuters = SHARED.resolve("corpora/reuters21578/reuters21578.jsonl");
    if (!Files.isRegularFile(quebec) || !Files.isRegularFile(reuters)) {
      System.out.println("FacetHygieneTest SKIPPED: " + SHARED + "/corpora absent (../shared not mounted)");
    }
    Assumptions.assumeTrue(Files.isRegularFile(quebec) && Files.isRegularFile(reuters),
        "../shared/corpora absent: skipping the facet-hygiene test");
    int attributed = 0, bad = 0;
    StringBuilder report = new StringBuilder();
    for (Path corpus : List.of(quebec, reuters)) {
      int[] counts = measure(corpus, report);
      attributed += counts[0];
      bad += counts[1];
    }
    double rate = attributed == 0 ? 0 : (double) bad / attributed;
    System.out.print(report);
    System.out.printf(Locale.ROOT, "facet hygiene, both corpora: %d of %d attributed quotes (%.2f%%) carry a"
        + " defective speaker; target <= %.1f%%%n", bad, attributed, 100 * rate, 100 * MAX_RATE);
    assertTrue(rate <= MAX_RATE, String.format(Locale.ROOT, "%.2f%% defective speakers", 100 * rate));
  }

  /** Attributed and defective quote counts of one corpus; appends its rate and worst offenders to {@code report}. */
  private static int[] measure(Path corpus, StringBuilder report) throws Exception {
    List<Article> articles = new ArrayList<>();
    new CorpusReader().read(corpus, new CorpusReader.Sink() {
      @Override public void article(Article article) { articles.add(article); }
      @Override public void failed(String source, String reason) {}
      @Override public void skipped(String source, String reason) {}
    });
    QuoteFinder finder = new QuoteFinder();
    CorpusSpeakers speakers = new CorpusSpeakers();
    Map<String, Integer> offenders = new TreeMap<>();
    Map<String, Integer> dropped = new TreeMap<>();
    int attributed = 0, bad = 0, rawAttributed = 0, rawBad = 0;
    for (Article a : articles) {
      String lang = "fr".equals(a.language()) ? "fr" : "en";
      List<Quote> raw = finder.find(a.text(), lang);
      List<Quote> out = speakers.canonical(raw);
      for (int i = 0; i < out.size(); i++) {
        Quote q = out.get(i);
        Speaker before = raw.get(i).speaker();
        if (before != null && q.kind() != Quote.Kind.LABEL) {
          rawAttributed++;
          if (defect(before.name()) != null) rawBad++;
          if (q.speaker() == null) dropped.merge(before.name(), 1, Integer::sum);
        }
        if (q.speaker() == null || q.kind() == Quote.Kind.LABEL) continue;
        attributed++;
        String d = defect(q.speaker().name());
        if (d == null) continue;
        bad++;
        offenders.merge(q.speaker().name() + "  (" + d + ")", 1, Integer::sum);
      }
    }
    report.append(String.format(Locale.ROOT, "%s: %d articles, %d attributed quotes, %d defective (%.2f%%);"
        + " as the quote finder gives them, before the corpus level: %d of %d (%.2f%%)%n",
        corpus.getFileName(), articles.size(), attributed, bad, attributed == 0 ? 0 : 100.0 * bad / attributed,
        rawBad, rawAttributed, rawAttributed == 0 ? 0 : 100.0 * rawBad / rawAttributed));
    offenders.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(25)
        .forEach(e -> report.append(String.format(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey())));
    report.append(String.format(Locale.ROOT, "  speakers the gate turned into none: %d quotes; most frequent:%n",
        dropped.values().stream().mapToInt(Integer::intValue).sum()));
    dropped.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(40)
        .forEach(e -> report.append(String.format(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey())));
    return new int[] {attributed, bad};
  }
}
