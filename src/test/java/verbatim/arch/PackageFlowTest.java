package verbatim.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import verbatim.bench.BuildProbe;
import verbatim.cli.Main;

/**
 * Keeps the one-way flow of the packages visible and enforced: files become articles ({@code ingest}), text becomes
 * quotes ({@code extract}), {@code index} and {@code search} own Lucene, {@code web} owns HTTP and talks only to the
 * search side, {@code cli} wires everything. A dependency against the flow fails here, naming the classes.
 */
@AnalyzeClasses(packages = "verbatim", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageFlowTest {

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .optionalLayer("text").definedBy("verbatim.text..")
      .optionalLayer("ingest").definedBy("verbatim.ingest..")
      .optionalLayer("extract").definedBy("verbatim.extract..")
      .optionalLayer("index").definedBy("verbatim.index..")
      .optionalLayer("search").definedBy("verbatim.search..")
      .optionalLayer("solr").definedBy("verbatim.solr..")
      .optionalLayer("web").definedBy("verbatim.web..")
      .optionalLayer("bench").definedBy("verbatim.bench..")
      .optionalLayer("cli").definedBy("verbatim.cli..")
      .whereLayer("cli").mayNotBeAccessedByAnyLayer()
      .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("solr").mayOnlyBeAccessedByLayers("cli", "bench")
      .whereLayer("search").mayOnlyBeAccessedByLayers("web", "solr", "bench", "cli")
      .whereLayer("index").mayOnlyBeAccessedByLayers("search", "solr", "bench", "cli")
      .whereLayer("ingest").mayOnlyBeAccessedByLayers("index", "solr", "bench", "cli")
      .whereLayer("extract").mayOnlyBeAccessedByLayers("index", "solr", "bench", "cli")
      .whereLayer("text").mayOnlyBeAccessedByLayers("ingest", "extract", "index", "search", "solr", "bench", "cli")
      // The build probe is a child JVM's entry point that runs the real ./verbatim index, so that the benchmark
      // measures the command users run; it is the one place allowed to call back into cli.
      .ignoreDependency(BuildProbe.class, Main.class);

  @ArchTest
  static final ArchRule webTalksOnlyToSearch = noClasses().that().resideInAPackage("verbatim.web..")
      .should().dependOnClassesThat().resideInAnyPackage("verbatim.index..", "verbatim.ingest..", "verbatim.extract..",
          "org.apache.lucene..", "org.apache.solr..")
      .because("the API serves whichever search backend it is given (embedded Lucene or SolrCloud)");

  @ArchTest
  static final ArchRule textAndQuotesKnowNoEngine = noClasses().that()
      .resideInAnyPackage("verbatim.ingest..", "verbatim.extract..", "verbatim.text..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "io.javalin..", "org.eclipse.jetty..",
          "org.apache.solr..")
      .because("reading files and finding quotes must work without an index or a server");

  @ArchTest
  static final ArchRule httpOnlyInWeb = noClasses().that().resideOutsideOfPackages("verbatim.web..", "verbatim.cli..",
          "verbatim.bench..")
      .should().dependOnClassesThat().resideInAnyPackage("io.javalin..")
      .because("Javalin is the web package's business");
}
