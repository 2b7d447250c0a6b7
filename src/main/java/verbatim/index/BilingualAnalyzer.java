package verbatim.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of every text field, chosen by the name the field is analysed under (the same at index and
 * query time): {@code *_en} English (possessives, lower case, stop words, accents folded, Porter stemming),
 * {@code *_fr} French (elision with ' and ’, lower case, stop words, accents folded, light stemming), anything
 * else the folded chain (elision, lower case, accents and ligatures folded, no stemming, no stop words).
 * A record's text goes to the field {@code name + "_en"} or {@code name + "_fr"} of its language
 * ({@link Schema#inLanguage}), so each indexed text field holds one language, analysed once.
 *
 * <p>Accents are folded BEFORE stemming: then "Éric"/"Eric", "sécurité"/"securite", "ministère"/"ministere"
 * give the same French term, so an unaccented query finds accented text. Folding after stemming does not:
 * French light stemming strips "ère" only when accented ("ministère" → "minist", "ministere" →
 * "minister"), Porter treats "é" as a consonant ("sécurité" → "securite" but "securite" → "securit").
 * In English queries a word written with accents is looked up by its exact folded form, not its stem
 * ({@link AccentedQueryFilter}): it is a name or a foreign word ("décision" finds "decision"; "système" must
 * not find every English "system").
 *
 * <p>At index time the language chains also keep each word's folded unstemmed form, marked, at the stem's
 * position when it differs from the stem ({@link ExactFormFilter}): queries give it a little weight, so
 * records with the very word rank first. {@link #english()} and {@link #french()} (query analysis) give
 * stems only.
 * One instance is thread-safe and reuses its token streams.
 */
public final class BilingualAnalyzer extends DelegatingAnalyzerWrapper {
  private static final CharArraySet FRENCH_ELISIONS = FrenchAnalyzer.DEFAULT_ARTICLES;

  // index analysis (stems + marked exact forms) and query analysis (stems only: one term per word)
  private final Analyzer english = english(true);
  private final Analyzer englishQuery = english(false);
  private final Analyzer french = french(true);
  private final Analyzer frenchQuery = french(false);

  private static Analyzer english(boolean index) {
    return new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = new EnglishPossessiveFilter(source);
      ts = new LowerCaseFilter(ts);
      ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      if (!index) ts = new AccentedQueryFilter.Mark(ts);
      ts = new ASCIIFoldingFilter(ts);
      ExactFormFilter.Before before = new ExactFormFilter.Before(ts);
      ts = new ExactFormFilter(new PorterStemFilter(before), before);
      // queries: an accented word keeps its exact form, the others their stems only
      if (!index) ts = new AccentedQueryFilter(ts);
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  };
  }

  private static Analyzer french(boolean index) {
    return new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = new ElisionFilter(source, FRENCH_ELISIONS);
      ts = new LowerCaseFilter(ts);
      ts = new StopFilter(ts, FrenchAnalyzer.getDefaultStopSet());
      ts = new ASCIIFoldingFilter(ts);
      if (index) {
        ExactFormFilter.Before before = new ExactFormFilter.Before(ts);
        ts = new ExactFormFilter(new FrenchLightStemFilter(before), before);
      } else {
        ts = new FrenchLightStemFilter(ts);
      }
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FRENCH_ELISIONS)));
    }
  };
  }

  private final Analyzer folded = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = new ElisionFilter(source, FRENCH_ELISIONS);
      ts = new LowerCaseFilter(ts);
      ts = new ASCIIFoldingFilter(ts);
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  };

  /** The English chain whatever the field name (query building: terms land in the field asked for). */
  private final Analyzer englishOnly = new DelegatingAnalyzerWrapper(PER_FIELD_REUSE_STRATEGY) {
    @Override
    protected Analyzer getWrappedAnalyzer(String field) {
      return englishQuery;
    }
  };

  /** The French chain whatever the field name. */
  private final Analyzer frenchOnly = new DelegatingAnalyzerWrapper(PER_FIELD_REUSE_STRATEGY) {
    @Override
    protected Analyzer getWrappedAnalyzer(String field) {
      return frenchQuery;
    }
  };

  public BilingualAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String field) {
    if (field.endsWith(Schema.ENGLISH)) return english;
    if (field.endsWith(Schema.FRENCH)) return french;
    return folded;
  }

  /** Analyses any field with the English chain (for queries on a language text field). */
  public Analyzer english() {
    return englishOnly;
  }

  /** Analyses any field with the French chain. */
  public Analyzer french() {
    return frenchOnly;
  }

  /** The terms {@code analyzer} makes of {@code text} as field {@code field}, in order. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does no I/O
    }
    return out;
  }

  @Override
  public void close() {
    englishOnly.close();
    frenchOnly.close();
    english.close();
    french.close();
    englishQuery.close();
    frenchQuery.close();
    folded.close();
    super.close();
  }
}
