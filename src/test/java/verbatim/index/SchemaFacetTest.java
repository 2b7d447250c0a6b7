package verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/** Schema writes facet fields itself: they must be exactly what Lucene's FacetsConfig.build would write. */
class SchemaFacetTest {

  /** "name|class|indexed|docValuesType|bytes" for each field, in order. */
  private static List<String> describe(Document d) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : d) {
      String value = f.binaryValue() != null ? f.binaryValue().utf8ToString() : f.stringValue();
      out.add(f.name() + "|" + f.getClass().getSimpleName() + "|" + f.fieldType().indexOptions() + "|"
          + f.fieldType().docValuesType() + "|" + f.fieldType().omitNorms() + "|" + value);
    }
    return out;
  }

  @Test
  void directFacetFieldsMatchFacetsConfigBuild() throws IOException {
    String[][] facets = {
        {Schema.FACET_LANG, "fr"}, {Schema.FACET_SPEAKER, "eric caire"}, {Schema.FACET_OUTLET, "Le Devoir"},
        {Schema.FACET_KIND, "direct"}, {Schema.FACET_YEAR, "2023"}, {Schema.FACET_MONTH, "2023-03"}};
    Document direct = new Document();
    Document viaConfig = new Document();
    for (String[] f : facets) {
      Schema.facet(direct, f[0], f[1]);
      viaConfig.add(new SortedSetDocValuesFacetField(f[0], f[1]));
    }
    List<String> expected = describe(Schema.facetsConfig().build(viaConfig));
    List<String> actual = describe(direct);
    expected.sort(null);
    actual.sort(null);
    assertEquals(expected, actual);
  }

  @Test
  void drillDownLooksUpTheTermSchemaIndexes() {
    Document d = new Document();
    Schema.facet(d, Schema.FACET_KIND, "partial");
    String term = DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, Schema.FACET_KIND, "partial").text();
    List<String> terms = new ArrayList<>();
    for (IndexableField f : d.getFields(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
      if (f instanceof StringField) terms.add(f.stringValue());
    }
    assertEquals(List.of(term), terms);
  }
}
