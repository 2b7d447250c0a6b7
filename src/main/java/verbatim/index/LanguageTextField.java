package verbatim.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * A text field analysed in its record's language: indexed under its own name, but its tokens come from the
 * analyzer's {@code name + "_en"} or {@code name + "_fr"} chain ({@link BilingualAnalyzer}). One field then
 * holds both languages, each stemmed its own way, and IndexWriter still reuses one token stream per chain.
 */
public final class LanguageTextField extends Field {
  /** Suffix of the name the English chain analyses. */
  public static final String ENGLISH = "_en";
  /** Suffix of the name the French chain analyses. */
  public static final String FRENCH = "_fr";

  private final String analysisName;

  public LanguageTextField(String name, String value, String language) {
    super(name, value, TextField.TYPE_NOT_STORED);
    this.analysisName = analysisName(name, language);
  }

  /** The name {@code field} is analysed under for a record in {@code language} ("fr", anything else English). */
  public static String analysisName(String field, String language) {
    return field + ("fr".equals(language) ? FRENCH : ENGLISH);
  }

  @Override
  public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
    return analyzer.tokenStream(analysisName, stringValue());
  }
}
