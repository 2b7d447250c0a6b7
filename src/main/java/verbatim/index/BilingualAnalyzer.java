package verbatim.index;

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
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of every text field, chosen by field name (the same at index and query time):
 * {@code *_en} English (possessives, stop words, Porter stemming), {@code *_fr} French (elision with ' and ’,
 * stop words, light stemming), anything else the shared folded chain (elision, lower case, accents and
 * ligatures folded, no stemming, no stop words). One instance is thread-safe and reuses its token streams.
 */
public final class BilingualAnalyzer extends DelegatingAnalyzerWrapper {
  private static final CharArraySet FRENCH_ELISIONS = FrenchAnalyzer.DEFAULT_ARTICLES;

  private final Analyzer english = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = new EnglishPossessiveFilter(source);
      ts = new LowerCaseFilter(ts);
      ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      ts = new PorterStemFilter(ts);
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  };

  private final Analyzer french = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = new ElisionFilter(source, FRENCH_ELISIONS);
      ts = new LowerCaseFilter(ts);
      ts = new StopFilter(ts, FrenchAnalyzer.getDefaultStopSet());
      ts = new FrenchLightStemFilter(ts);
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
      return new LowerCaseFilter(new ElisionFilter(in, FRENCH_ELISIONS));
    }
  };

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

  public BilingualAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String field) {
    if (field.endsWith("_en")) return english;
    if (field.endsWith("_fr")) return french;
    return folded;
  }

  @Override
  public void close() {
    english.close();
    french.close();
    folded.close();
    super.close();
  }
}
