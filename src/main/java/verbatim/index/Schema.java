package verbatim.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import verbatim.extract.Quote;
import verbatim.extract.Speaker;
import verbatim.ingest.Article;
import verbatim.ingest.Paragraph;
import verbatim.ingest.RelatedStub;
import verbatim.text.Folding;

/**
 * Owns the index layout: every field name and how one {@link Article} with its quotes becomes Lucene documents
 * (one article record, one record per related-story stub, one per quote, all sharing {@link #ARTICLE_ID}).
 */
public final class Schema {
  private Schema() {}

  /**
   * Version of the field layout below, stamped in every commit: raise it whenever a field's name, analysis or
   * encoding changes, so an index written before is refused with a clear message instead of silently missing.
   */
  public static final String LAYOUT = "4";

  // --- record identity and links
  /** Unique record id ("a1", "a1#stub-0", "a1#q-3"): StringField to fetch/replace one record, stored. */
  public static final String ID = "id";
  /**
   * 64-bit hash of the id ({@link #idKey}): numeric doc values, the tiebreak between equal scores or dates that
   * makes the hit order total and stable across refreshes (paging cursors). Comparing longs costs a fraction of
   * comparing id strings from sorted doc values, which took a third of a one-word search's CPU at 400k records.
   */
  public static final String ID_KEY = "id_key";
  /** Record kind (article, stub, quote, file): StringField, every search filters on it. */
  public static final String TYPE = "type";
  /** Id of the article a record belongs to: StringField so re-ingest replaces all its records in one update. */
  public static final String ARTICLE_ID = "article_id";
  /** Corpus file the record came from: StringField so a changed or removed file's records are deleted at once. */
  public static final String SOURCE_FILE = "source_file";
  /** Article source ("path#line"): stored only, shown on the article page. */
  public static final String SOURCE = "source";

  // --- searchable text: each record type has its analysed text fields, one per language (the base name below
  // + "_en" or "_fr", see inLanguage): a record's text is analysed once, in its language, into that language's
  // field. A query is then read per language ("higher" in English on the _en fields OR its French reading on
  // the _fr fields) without a language filter, a one-word count is a document frequency, and BM25 statistics
  // describe one type's texts in one language
  /** Article title + body (base name), analysed in the article's language (stemmed, stop words, accents folded). */
  public static final String ARTICLE_TEXT = "article_text";
  /** Article title alone (base name), same analysis: lets the title weigh more than the body, and answers title:. */
  public static final String ARTICLE_TITLE = "article_title";
  /** Related-story stub title (base name) in the article's language (a stub is all title: it needs no title field). */
  public static final String STUB_TEXT = "stub_text";
  /** Quote text (base name) in the quote's language. */
  public static final String QUOTE_TEXT = "quote_text";
  /** Speaker name folded and tokenised, unstemmed, one field for both languages (names are not translated). */
  public static final String SPEAKER_TEXT = "speaker_text";

  /** The languages records are analysed in; anything else is analysed (and searched) as English. */
  public static final List<String> LANGUAGES = List.of("en", "fr");
  /** Suffix of English text fields: BilingualAnalyzer analyses them with the English chain. */
  public static final String ENGLISH = "_en";
  /** Suffix of French text fields: analysed with the French chain. */
  public static final String FRENCH = "_fr";

  /** The indexed field of text field {@code base} for records in {@code language} ("fr"; anything else English). */
  public static String inLanguage(String base, String language) {
    return base + ("fr".equals(language) ? FRENCH : ENGLISH);
  }

  /** The base name of the text field of records of {@code type} ({@link #TYPE_ARTICLE}, {@link #TYPE_STUB}, {@link #TYPE_QUOTE}). */
  public static String textField(String type) {
    return switch (type) {
      case TYPE_QUOTE -> QUOTE_TEXT;
      case TYPE_STUB -> STUB_TEXT;
      default -> ARTICLE_TEXT;
    };
  }

  // --- filters and facets
  /** Folded speaker key ("eric caire"): StringField for exact speaker filters; also the speaker facet label. */
  public static final String SPEAKER_KEY = "speaker_key";
  /** "key\u001fDisplay name" terms: enumerated once per refresh to show each key with its accented display form. */
  public static final String SPEAKER_NAME = "speaker_name";
  /** Language "en"/"fr": StringField filter, stored, facet. */
  public static final String LANG = "lang";
  /** Folded outlet key: StringField for outlet: queries, accent-insensitive. */
  public static final String OUTLET_KEY = "outlet_key";
  /** Quote kind (direct, partial, indirect, label): StringField filter, stored, facet. */
  public static final String KIND = "kind";
  /** The kind of a quote-marked name or slogan that is no quotation: quote search leaves them out. */
  public static final String KIND_LABEL = Quote.Kind.LABEL.label();
  /**
   * Copy group of a quote: the 64-bit {@link #copyKey} of its speaker and folded text, as a hex StringField (find
   * the other copies of a wire story's quote) and as numeric doc values under {@link #QUOTE_COPY_KEY} (count the
   * distinct quotes among a search's hits).
   */
  public static final String QUOTE_COPY = "quote_copy";
  public static final String QUOTE_COPY_KEY = "quote_copy_key";
  /**
   * The article of a quote as sorted doc values: lists the articles of a quote's wire copies ("also in") without
   * decompressing a stored-field block per copy (a separate name: {@link #ARTICLE_ID} on every record has none).
   */
  public static final String QUOTE_ARTICLE = "quote_article";
  /** Words in a quote's text ({@link #wordCount}): numeric doc values, lets quote search rank bare labels lower. */
  public static final String QUOTE_WORDS = "quote_words";
  /** Publication date as epoch day: LongPoint for ranges, doc values for date sorting. */
  public static final String DATE = "date";
  /**
   * An article's {@link ArticleCard} (id, title, link, date, first paragraph): a binary doc value, so a page of
   * article hits is read without touching the stored records and their compressed chunks.
   */
  public static final String ARTICLE_CARD = "article_card";
  /** A card's first paragraph keeps this many characters (to the next space): more than any passage shown. */
  public static final int LEAD_CHARS = 400;

  // --- stored only (loaded for the top hits and the article page)
  /** Displayed text: the quote, the stub title, or the whole article text for an article. */
  public static final String TEXT = "text";
  public static final String TITLE = "title";
  public static final String URL = "url";
  public static final String OUTLET = "outlet";
  public static final String DATE_ISO = "date_iso";
  /** Present ("1") when the date was inferred from the url rather than given. */
  public static final String DATE_INFERRED = "date_inferred";
  public static final String AUTHOR = "author";
  public static final String SPEAKER = "speaker";
  public static final String ROLE = "role";
  public static final String CUE = "cue";
  /** The quote's paragraph (or a window of it): shown under the quote. */
  public static final String CONTEXT = "context";
  /** Article body paragraphs, one stored value each, in order. */
  public static final String PARAGRAPH = "paragraph";
  /** Paragraph offsets "start:end" into the article text, parallel to PARAGRAPH. */
  public static final String PARAGRAPH_SPAN = "paragraph_span";
  /** Quote or stub offsets into the article text and the quote's paragraph index. */
  public static final String START = "start";
  public static final String END = "end";
  public static final String PARAGRAPH_INDEX = "paragraph_index";
  /** Ordinal of a stub or quote within its article: restores text order on the article page. */
  public static final String ORDINAL = "ordinal";
  /** Corpus file fingerprint "size:mtime:hash" on a file record. */
  public static final String FINGERPRINT = "fingerprint";

  // --- facet dimensions (sorted-set doc values, no taxonomy)
  public static final String FACET_SPEAKER = "speaker";
  public static final String FACET_LANG = "lang";
  public static final String FACET_OUTLET = "outlet";
  public static final String FACET_KIND = "kind";
  public static final String FACET_YEAR = "year";
  public static final String FACET_MONTH = "month";
  public static final List<String> FACET_DIMS =
      List.of(FACET_SPEAKER, FACET_LANG, FACET_OUTLET, FACET_KIND, FACET_YEAR, FACET_MONTH);

  public static final String TYPE_ARTICLE = "article";
  public static final String TYPE_STUB = "stub";
  public static final String TYPE_QUOTE = "quote";
  public static final String TYPE_FILE = "file";

  /** Context windows longer than this are cut around the quote. */
  static final int MAX_CONTEXT = 400;

  private static final FacetsConfig FACETS = facets();

  /**
   * Flat dims whose drill-down terms are the full path only ("lang/fr"): searches drill down on a value, never on a
   * bare dim, so the dim-only term every record would otherwise repeat ("lang") is not indexed.
   */
  private static FacetsConfig facets() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACET_DIMS) config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
    return config;
  }

  /** The facets configuration shared by indexing and searching (all dims flat and single-valued). */
  public static FacetsConfig facetsConfig() {
    return FACETS;
  }

  /**
   * The tiebreak key of record {@code id}: the first 64 bits of its MurmurHash3 (x64, 128-bit). Two ids share a
   * key with probability about n²/2⁶⁵ (10 million records: 3 in a million); such a pair, if also tied on score,
   * is ordered by document number and may be skipped or repeated once when paging across a refresh.
   */
  public static long idKey(String id) {
    return StringHelper.murmurhash3_x64_128(new BytesRef(id))[0];
  }

  /**
   * The copy key of a quote: equal for the same words (case, accents and punctuation aside) said by the same
   * speaker key (empty: none), as wire copy repeats them in several articles.
   */
  public static long copyKey(String speakerKey, String text) {
    String key = (speakerKey == null ? "" : speakerKey) + '\u001f' + Folding.key(text == null ? "" : text);
    return StringHelper.murmurhash3_x64_128(new BytesRef(key))[0];
  }

  /** Runs of letters or digits in {@code text} ("Macron, démission !" → 2, "d'Éric" → 2). */
  public static int wordCount(String text) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) words++;
      in = letter;
    }
    return words;
  }

  /** The indexed term form of a copy key. */
  public static String copyTerm(long copyKey) {
    return Long.toHexString(copyKey);
  }

  /** The file part of an article source ("dir/a.jsonl#12" → "dir/a.jsonl"). */
  public static String sourceFile(String source) {
    if (source == null) return "";
    int hash = source.lastIndexOf('#');
    return hash < 0 ? source : source.substring(0, hash);
  }

  /**
   * The text fields every query scores all matches on (each record type's text in each language, and speaker
   * names). Every record carries a norm in each, empty where it has no such text: an article's stubs and quotes
   * sit next to it, so a type's field alone would be sparse (27% of records at 400k) and each norm read would
   * go through a block rank (10–14% of an article search's CPU); dense norms are read by document number.
   * An empty field adds no term and leaves the field's document count, so no score changes.
   */
  private static final List<String> DENSE_NORMS = List.of(
      inLanguage(ARTICLE_TEXT, "en"), inLanguage(ARTICLE_TEXT, "fr"), inLanguage(STUB_TEXT, "en"),
      inLanguage(STUB_TEXT, "fr"), inLanguage(QUOTE_TEXT, "en"), inLanguage(QUOTE_TEXT, "fr"), SPEAKER_TEXT);

  /** Every record of one article, article first. */
  public static List<Document> documents(Article a, List<Quote> quotes, String sourceFile) {
    String lang = a.language() == null ? "en" : a.language();
    List<Document> docs = new ArrayList<>(1 + a.related().size() + quotes.size());
    docs.add(articleDocument(a, lang, sourceFile));
    for (int i = 0; i < a.related().size(); i++) {
      docs.add(stubDocument(a, lang, sourceFile, i, a.related().get(i)));
    }
    for (int i = 0; i < quotes.size(); i++) {
      docs.add(quoteDocument(a, lang, sourceFile, i, quotes.get(i)));
    }
    for (Document d : docs) emptyNorms(d);
    return docs;
  }

  /** Adds an empty text field for each {@link #DENSE_NORMS} field the record lacks. */
  private static void emptyNorms(Document d) {
    for (String field : DENSE_NORMS) {
      if (d.getField(field) == null) d.add(new Field(field, new EmptyTokenStream(), TextField.TYPE_NOT_STORED));
    }
  }

  /** The hidden record remembering a corpus file's fingerprint. */
  public static Document fileDocument(String file, String fingerprint) {
    Document d = new Document();
    d.add(new StringField(ID, "file:" + file, Field.Store.YES));
    d.add(new NumericDocValuesField(ID_KEY, idKey("file:" + file)));
    d.add(new StringField(TYPE, TYPE_FILE, Field.Store.YES));
    d.add(new StringField(SOURCE_FILE, file, Field.Store.YES));
    d.add(new StoredField(FINGERPRINT, fingerprint));
    // norms too: a merged segment holding this record would otherwise read every norm through a block rank
    emptyNorms(d);
    return d;
  }

  /**
   * Adds the facet value {@code dim/value}: what {@link FacetsConfig#build} makes of a flat, single-valued
   * {@code SortedSetDocValuesFacetField} under {@link #facetsConfig()} (a sorted-set doc value for counting, a
   * full-path drill-down term for filtering), written directly so a record is not copied into a second document.
   */
  static void facet(Document d, String dim, String value) {
    String path = FacetsConfig.pathToString(dim, new String[] {value});
    d.add(new SortedSetDocValuesField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, new BytesRef(path)));
    d.add(new StringField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, path, Field.Store.NO));
  }

  /** Text analysed once, in {@code lang}, into that language's field of {@code base}. */
  private static Field text(String base, String value, String lang) {
    return new TextField(inLanguage(base, lang), value, Field.Store.NO);
  }

  private static Document articleDocument(Article a, String lang, String sourceFile) {
    Document d = common(a.id(), TYPE_ARTICLE, a, lang, sourceFile);
    String body = a.body();
    String searchable = a.title().isEmpty() ? body : a.title() + "\n\n" + body;
    d.add(text(ARTICLE_TEXT, searchable, lang));
    if (!a.title().isEmpty()) d.add(text(ARTICLE_TITLE, a.title(), lang));
    d.add(new StoredField(TEXT, a.text()));
    if (a.source() != null) d.add(new StoredField(SOURCE, a.source()));
    if (a.author() != null) d.add(new StoredField(AUTHOR, a.author()));
    String text = a.text();
    String lead = null;
    for (Paragraph p : a.paragraphs()) {
      // a paragraph that is a slice of the stored text is stored as "" (read back with paragraphText)
      boolean slice = p.start() >= 0 && p.end() <= text.length() && p.end() - p.start() == p.text().length()
          && text.startsWith(p.text(), p.start());
      String stored = slice ? "" : p.text();
      String span = p.start() + ":" + p.end();
      d.add(new StoredField(PARAGRAPH, stored));
      d.add(new StoredField(PARAGRAPH_SPAN, span));
      // the first paragraph as a reader of the stored record sees it, so both ways show the same words
      if (lead == null) lead = emptyToNull(paragraphText(text, stored, span));
    }
    d.add(new BinaryDocValuesField(ARTICLE_CARD, card(a, lang, lead == null ? "" : ArticleCard.lead(lead)).encode()));
    return d;
  }

  private static ArticleCard card(Article a, String lang, String lead) {
    String outlet = a.outlet() != null && !a.outlet().isBlank() ? a.outlet() : null;
    String date = a.date() == null ? null : a.date().toString();
    return new ArticleCard(a.id(), a.title(), a.url(), outlet, date, date != null && a.dateInferred(), lang, lead);
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static Document stubDocument(Article a, String lang, String sourceFile, int n, RelatedStub s) {
    Document d = common(a.id() + "#stub-" + n, TYPE_STUB, a, lang, sourceFile);
    d.add(text(STUB_TEXT, s.title(), lang));
    d.add(new StoredField(TEXT, s.title()));
    if (s.url() != null) d.add(new StoredField("stub_url", s.url()));
    d.add(new StoredField(START, s.start()));
    d.add(new StoredField(END, s.end()));
    d.add(new StoredField(ORDINAL, n));
    return d;
  }

  private static Document quoteDocument(Article a, String articleLang, String sourceFile, int n, Quote q) {
    String lang = q.language() == null ? articleLang : q.language();
    Document d = common(a.id() + "#q-" + n, TYPE_QUOTE, a, lang, sourceFile);
    d.add(text(QUOTE_TEXT, q.text(), lang));
    d.add(new StoredField(TEXT, q.text()));
    d.add(new StringField(KIND, q.kind().label(), Field.Store.YES));
    facet(d, FACET_KIND, q.kind().label());
    Speaker s = q.speaker();
    long copy = copyKey(s == null ? "" : s.key(), q.text());
    d.add(new StringField(QUOTE_COPY, copyTerm(copy), Field.Store.NO));
    d.add(new NumericDocValuesField(QUOTE_COPY_KEY, copy));
    d.add(new SortedDocValuesField(QUOTE_ARTICLE, new BytesRef(a.id())));
    d.add(new NumericDocValuesField(QUOTE_WORDS, wordCount(q.text())));
    if (s != null && !s.key().isEmpty()) {
      String key = s.key();
      d.add(new StoredField(SPEAKER, s.name()));
      d.add(new StringField(SPEAKER_KEY, key, Field.Store.NO));
      d.add(new StringField(SPEAKER_NAME, key + '\u001f' + s.name(), Field.Store.NO));
      d.add(new TextField(SPEAKER_TEXT, s.name(), Field.Store.NO));
      facet(d, FACET_SPEAKER, key);
      if (s.role() != null) d.add(new StoredField(ROLE, s.role()));
    }
    if (q.cue() != null) d.add(new StoredField(CUE, q.cue()));
    d.add(new StoredField(START, q.start()));
    d.add(new StoredField(END, q.end()));
    d.add(new StoredField(ORDINAL, n));
    int para = paragraphOf(a, q);
    d.add(new StoredField(PARAGRAPH_INDEX, para));
    d.add(new StoredField(CONTEXT, context(a, q, para)));
    return d;
  }

  /** Fields every record carries: identity, links, article metadata, filters and their facets. */
  private static Document common(String id, String type, Article a, String lang, String sourceFile) {
    Document d = new Document();
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new NumericDocValuesField(ID_KEY, idKey(id)));
    d.add(new StringField(TYPE, type, Field.Store.YES));
    d.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
    d.add(new StringField(SOURCE_FILE, sourceFile, Field.Store.NO));
    d.add(new StringField(LANG, lang, Field.Store.YES));
    facet(d, FACET_LANG, lang);
    d.add(new StoredField(TITLE, a.title()));
    if (a.url() != null) d.add(new StoredField(URL, a.url()));
    if (a.outlet() != null && !a.outlet().isBlank()) {
      d.add(new StoredField(OUTLET, a.outlet()));
      d.add(new StringField(OUTLET_KEY, Folding.key(a.outlet()), Field.Store.NO));
      facet(d, FACET_OUTLET, a.outlet());
    }
    LocalDate date = a.date();
    if (date != null) {
      long day = date.toEpochDay();
      d.add(new LongPoint(DATE, day));
      d.add(new NumericDocValuesField(DATE, day));
      d.add(new StoredField(DATE_ISO, date.toString()));
      if (a.dateInferred()) d.add(new StoredField(DATE_INFERRED, "1"));
      // the ISO date's first 4 and 7 characters: "2023" and "2023-03" (cheaper than String.format per record)
      String iso = date.toString();
      facet(d, FACET_YEAR, iso.substring(0, iso.length() - 6));
      facet(d, FACET_MONTH, iso.substring(0, iso.length() - 3));
    }
    return d;
  }

  /**
   * A stored paragraph's text: the stored value, or (when that is empty) the slice of the article text its
   * span "start:end" names.
   */
  public static String paragraphText(String articleText, String stored, String span) {
    if (stored != null && !stored.isEmpty()) return stored;
    if (articleText == null || span == null) return "";
    int colon = span.indexOf(':');
    if (colon < 0) return "";
    try {
      int start = Integer.parseInt(span.substring(0, colon));
      int end = Integer.parseInt(span.substring(colon + 1));
      return start >= 0 && start <= end && end <= articleText.length() ? articleText.substring(start, end) : "";
    } catch (NumberFormatException e) {
      return "";
    }
  }

  /** Index of the paragraph holding the quote, -1 when none does. */
  static int paragraphOf(Article a, Quote q) {
    List<Paragraph> ps = a.paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      Paragraph p = ps.get(i);
      if (p.start() >= 0 && p.start() <= q.start() && q.end() <= p.end()) return i;
    }
    return -1;
  }

  /** The quote's paragraph, or a window of about {@link #MAX_CONTEXT} characters around it cut at spaces. */
  static String context(Article a, Quote q, int para) {
    String text = a.text();
    int from;
    int to;
    if (para >= 0) {
      Paragraph p = a.paragraphs().get(para);
      from = p.start();
      to = p.end();
    } else if (q.start() >= 0 && q.end() <= text.length() && q.start() <= q.end()) {
      from = q.start();
      to = q.end();
    } else {
      return q.text();
    }
    if (to - from > MAX_CONTEXT) {
      int spare = Math.max(0, MAX_CONTEXT - (q.end() - q.start())) / 2;
      int f = Math.max(from, q.start() - spare);
      int t = Math.min(to, q.end() + spare);
      while (f > from && !Character.isWhitespace(text.charAt(f - 1))) f--;
      while (t < to && !Character.isWhitespace(text.charAt(t))) t++;
      from = f;
      to = t;
    }
    return text.substring(from, to).strip();
  }

}
