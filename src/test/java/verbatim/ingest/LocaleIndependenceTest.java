package verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import verbatim.text.LanguageDetector;

/** The same results whatever the default locale (Turkish dotless i, French decimal comma). */
class LocaleIndependenceTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"fr-FR", "tr-TR"})
  void sameResultsUnderDefaultLocale(String tag) throws Exception {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag(tag));
    try {
      // Upper-case I with a Turkish default locale, upper-case accents: case handling is locale-free.
      LanguageDetector d = new LanguageDetector();
      assertEquals("en", d.detect("IT IS THE END OF THE LINE, SAID THE MINISTER"));
      assertEquals("fr", d.detect("IL EST TROP TÔT POUR DIRE SI LES ÉLUS VOTERONT LA MOTION"));
      assertEquals(LocalDate.of(1987, 4, 9), DateParser.parse("9-APR-1987 00:00:00.00"));
      assertEquals(LocalDate.of(2019, 2, 26), DateParser.parse("26 FÉVRIER 2019"));
      assertEquals(IdGenerator.fromUrl("https://example.com/index"), IdGenerator.fromUrl("HTTPS://EXAMPLE.COM/index/"));
      Files.createDirectories(dir.resolve("c"));
      Files.writeString(dir.resolve("c/INDEX.HTML"), "<p>It is in the index.</p>");
      Files.writeString(dir.resolve("c/I.TXT"), "Title\n\nIt is here, he said.");
      assertEquals(2, new CorpusReader().list(dir.resolve("c")).size(), "upper-case extensions with I are listed");

      // Sizes are printed with a decimal point, not a comma.
      Path big = dir.resolve("big.txt");
      try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
        raf.setLength((long) (10.5 * (1 << 20)));
      }
      Collector c = new Collector();
      new CorpusReader().read(big, c);
      assertEquals("too large: 10.5 MiB, limit 10 MiB", c.failed.get(big.toString()));

      Collector golden = new Collector();
      new CorpusReader().read(GoldenTextTest.FIXTURES.resolve("quebec-boissons-energisantes.txt"), golden);
      Article a = golden.only();
      assertEquals("fr", a.language());
      assertEquals(List.of("Des commerçants inquiets"), a.subheadings());
      assertEquals(4, a.boilerplate().size());
      assertEquals(1, a.credits().size());
    } finally {
      Locale.setDefault(saved);
    }
  }
}
