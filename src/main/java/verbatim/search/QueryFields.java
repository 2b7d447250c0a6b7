package verbatim.search;

import java.util.ArrayList;
import java.util.List;
import verbatim.index.Schema;

/**
 * Which index fields a query reads: the field prefixes advanced syntax knows, and the text and title fields of
 * each record type in each language. Leaving out the fields a type never has changes no score and saves term
 * lookups.
 */
final class QueryFields {
  /** The {@code field:} prefixes of advanced syntax. */
  static final List<String> FIELDS = List.of("speaker", "lang", "outlet", "kind", "type", "date", "title");

  private QueryFields() {}

  /** The text fields in {@code lang} of records of {@code type} (null: any record). */
  static List<String> textFields(SearchRequest.DocType type, String lang) {
    List<String> out = new ArrayList<>(3);
    if (hasArticles(type)) out.add(Schema.inLanguage(Schema.ARTICLE_TEXT, lang));
    if (hasStubs(type)) out.add(Schema.inLanguage(Schema.STUB_TEXT, lang));
    if (type == null || type == SearchRequest.DocType.QUOTE) out.add(Schema.inLanguage(Schema.QUOTE_TEXT, lang));
    return out;
  }

  /** The fields in {@code lang} title: searches: article titles and stubs (which are titles). */
  static List<String> titleFields(SearchRequest.DocType type, String lang) {
    List<String> out = new ArrayList<>(2);
    if (type != SearchRequest.DocType.STUB) out.add(Schema.inLanguage(Schema.ARTICLE_TITLE, lang));
    if (hasStubs(type)) out.add(Schema.inLanguage(Schema.STUB_TEXT, lang));
    return out;
  }

  private static boolean hasArticles(SearchRequest.DocType type) {
    return type == null || type == SearchRequest.DocType.ARTICLE || type == SearchRequest.DocType.ARTICLE_OR_STUB;
  }

  private static boolean hasStubs(SearchRequest.DocType type) {
    return type == null || type == SearchRequest.DocType.STUB || type == SearchRequest.DocType.ARTICLE_OR_STUB;
  }
}
