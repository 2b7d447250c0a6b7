package verbatim.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import verbatim.index.Schema;

/**
 * The Solr configset of a Verbatim collection, generated from the embedded index's definitions: the field names of
 * {@link Schema} and the analysis chains of {@code BilingualAnalyzer}, rebuilt from the same Lucene factories
 * (standard tokenizer, elision, lower case, stop words, ASCII folding, French light / Porter stemming). The stop
 * word and elision lists are written from the app's own Lucene sets, so both sides drop the same words.
 *
 * <p>Two custom filters of the embedded index have no Solr factory: {@code ExactFormFilter} (the unstemmed form
 * beside the stem, a small bonus for the very word) and {@code AccentedQueryFilter} (an accented English query
 * word looked up by its exact form). Solr gets the plain chains: the same matches for unaccented words, ranking
 * without the exact-form bonus.
 */
public final class ConfigSet {
  private ConfigSet() {}

  /** The fields of the embedded layout stored and indexed as single strings (filters, facets, ids). */
  private static final List<String> STRINGS = List.of(Schema.TYPE, Schema.ARTICLE_ID, Schema.SOURCE_FILE, Schema.LANG,
      Schema.OUTLET_KEY, Schema.KIND, Schema.SPEAKER_KEY, Schema.SPEAKER_NAME, Schema.OUTLET, Schema.DATE_ISO,
      SolrDocuments.YEAR, SolrDocuments.MONTH);
  /** Stored-only strings. */
  private static final List<String> STORED = List.of(Schema.SOURCE, Schema.TEXT, Schema.TITLE, Schema.URL,
      Schema.AUTHOR, Schema.SPEAKER, Schema.ROLE, Schema.CUE, Schema.CONTEXT, Schema.FINGERPRINT, "stub_url");
  private static final List<String> STORED_MULTI = List.of(Schema.PARAGRAPH, Schema.PARAGRAPH_SPAN);
  private static final List<String> INTS = List.of(Schema.START, Schema.END, Schema.PARAGRAPH_INDEX, Schema.ORDINAL);

  /** The configset's files by name. */
  public static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("solrconfig.xml", utf8(solrConfig()));
    files.put("schema.xml", utf8(schema()));
    files.put("stopwords_en.txt", utf8(lines(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
    files.put("stopwords_fr.txt", utf8(lines(FrenchAnalyzer.getDefaultStopSet())));
    files.put("elision_fr.txt", utf8(lines(FrenchAnalyzer.DEFAULT_ARTICLES)));
    return files;
  }

  /** The configset as the zip the Configset API's UPLOAD takes. */
  public static byte[] zip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : files().entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String lines(CharArraySet set) {
    List<String> words = new ArrayList<>();
    for (Object o : set) words.add(o instanceof char[] c ? new String(c) : o.toString());
    words.sort(null);
    return String.join("\n", words) + "\n";
  }

  static String schema() {
    StringBuilder f = new StringBuilder();
    field(f, Schema.ID, "string", "indexed=\"true\" stored=\"true\" required=\"true\" docValues=\"true\"");
    field(f, "_version_", "plong", "indexed=\"false\" stored=\"false\" docValues=\"true\"");
    for (String s : STRINGS) field(f, s, "string", "indexed=\"true\" stored=\"true\" docValues=\"true\"");
    for (String s : STORED) field(f, s, "string", "indexed=\"false\" stored=\"true\" docValues=\"false\"");
    for (String s : STORED_MULTI) field(f, s, "string", "indexed=\"false\" stored=\"true\" docValues=\"false\" multiValued=\"true\"");
    for (String s : INTS) field(f, s, "pint", "indexed=\"false\" stored=\"true\" docValues=\"false\"");
    field(f, Schema.DATE, "plong", "indexed=\"true\" stored=\"false\" docValues=\"true\"");
    for (String base : List.of(Schema.ARTICLE_TEXT, Schema.ARTICLE_TITLE, Schema.STUB_TEXT, Schema.QUOTE_TEXT)) {
      // stored too: Solr's highlighter reads the text it marks from the field it searched
      field(f, Schema.inLanguage(base, "en"), "text_en", "indexed=\"true\" stored=\"true\" storeOffsetsWithPositions=\"true\"");
      field(f, Schema.inLanguage(base, "fr"), "text_fr", "indexed=\"true\" stored=\"true\" storeOffsetsWithPositions=\"true\"");
    }
    field(f, Schema.SPEAKER_TEXT, "text_folded", "indexed=\"true\" stored=\"false\"");
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Generated by Verbatim (verbatim.solr.ConfigSet) from the embedded index's layout: do not edit. -->
        <schema name="verbatim" version="1.6">
          <uniqueKey>id</uniqueKey>
        %s  <!-- fields a later layout adds are dropped rather than refused -->
          <dynamicField name="*" type="ignored"/>

          <fieldType name="string" class="solr.StrField" sortMissingLast="true"/>
          <fieldType name="pint" class="solr.IntPointField"/>
          <fieldType name="plong" class="solr.LongPointField"/>
          <fieldType name="ignored" class="solr.StrField" indexed="false" stored="false" docValues="false" multiValued="true"/>
          <fieldType name="text_en" class="solr.TextField" positionIncrementGap="100">
            <analyzer>
              <tokenizer class="solr.StandardTokenizerFactory"/>
              <filter class="solr.EnglishPossessiveFilterFactory"/>
              <filter class="solr.LowerCaseFilterFactory"/>
              <filter class="solr.StopFilterFactory" words="stopwords_en.txt" ignoreCase="true"/>
              <filter class="solr.ASCIIFoldingFilterFactory"/>
              <filter class="solr.PorterStemFilterFactory"/>
            </analyzer>
          </fieldType>
          <fieldType name="text_fr" class="solr.TextField" positionIncrementGap="100">
            <analyzer>
              <tokenizer class="solr.StandardTokenizerFactory"/>
              <filter class="solr.ElisionFilterFactory" articles="elision_fr.txt" ignoreCase="true"/>
              <filter class="solr.LowerCaseFilterFactory"/>
              <filter class="solr.StopFilterFactory" words="stopwords_fr.txt" ignoreCase="true"/>
              <filter class="solr.ASCIIFoldingFilterFactory"/>
              <filter class="solr.FrenchLightStemFilterFactory"/>
            </analyzer>
          </fieldType>
          <fieldType name="text_folded" class="solr.TextField" positionIncrementGap="100">
            <analyzer>
              <tokenizer class="solr.StandardTokenizerFactory"/>
              <filter class="solr.ElisionFilterFactory" articles="elision_fr.txt" ignoreCase="true"/>
              <filter class="solr.LowerCaseFilterFactory"/>
              <filter class="solr.ASCIIFoldingFilterFactory"/>
            </analyzer>
          </fieldType>
        </schema>
        """.formatted(f);
  }

  private static void field(StringBuilder sb, String name, String type, String attrs) {
    sb.append("  <field name=\"").append(name).append("\" type=\"").append(type).append("\" ").append(attrs).append("/>\n");
  }

  static String solrConfig() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Generated by Verbatim (verbatim.solr.ConfigSet): do not edit. -->
        <config>
          <luceneMatchVersion>9.12</luceneMatchVersion>
          <dataDir>${solr.data.dir:}</dataDir>
          <directoryFactory name="DirectoryFactory" class="${solr.directoryFactory:solr.NRTCachingDirectoryFactory}"/>
          <schemaFactory class="ClassicIndexSchemaFactory"/>
          <indexConfig>
            <ramBufferSizeMB>${verbatim.ramBufferSizeMB:100}</ramBufferSizeMB>
          </indexConfig>
          <!-- BM25 statistics of the whole collection, not of each shard: the ranking does not depend on which
               shard a record landed in (and matches the embedded index's) -->
          <statsCache class="org.apache.solr.search.stats.ExactStatsCache"/>
          <updateHandler class="solr.DirectUpdateHandler2">
            <updateLog><str name="dir">${solr.ulog.dir:}</str></updateLog>
            <autoCommit><maxTime>${verbatim.autoCommit:15000}</maxTime><openSearcher>false</openSearcher></autoCommit>
            <!-- searchable within a second, as the embedded index's near-real-time reopen -->
            <autoSoftCommit><maxTime>${verbatim.autoSoftCommit:1000}</maxTime></autoSoftCommit>
          </updateHandler>
          <query>
            <maxBooleanClauses>${solr.max.booleanClauses:1024}</maxBooleanClauses>
            <filterCache size="512" initialSize="128" autowarmCount="32"/>
            <queryResultCache size="512" initialSize="128" autowarmCount="0"/>
            <documentCache size="512" initialSize="128" autowarmCount="0"/>
            <enableLazyFieldLoading>true</enableLazyFieldLoading>
            <useColdSearcher>false</useColdSearcher>
          </query>
          <requestDispatcher>
            <requestParsers enableRemoteStreaming="false" multipartUploadLimitInKB="20480" formdataUploadLimitInKB="2048"/>
          </requestDispatcher>
          <requestHandler name="/select" class="solr.SearchHandler">
            <lst name="defaults"><str name="echoParams">none</str></lst>
          </requestHandler>
        </config>
        """;
  }
}
