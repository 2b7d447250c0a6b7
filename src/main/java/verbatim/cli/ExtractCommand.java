package verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import verbatim.extract.CorpusSpeakers;
import verbatim.extract.Quote;
import verbatim.extract.QuoteFinder;
import verbatim.ingest.Article;
import verbatim.ingest.CorpusReader;
import verbatim.text.LanguageDetector;

/** {@code ./verbatim extract FILE...}: one JSON line of quotes and speakers per input file (per article). */
final class ExtractCommand implements Command {
  private final ObjectMapper json = new ObjectMapper();
  private final LanguageDetector detector = new LanguageDetector();

  @Override public String name() { return "extract"; }

  @Override public String summary() { return "print the quotes and speakers found in files, as JSON lines"; }

  @Override public String usage() {
    return """
        Usage: ./verbatim extract [--lang en|fr] FILE...

        Prints one JSON line per input file (per article for multi-article formats):
          {"file": PATH, "language": "en"|"fr", "quotes": [{"start","end","text","kind","speaker","role","cue"}]}
        Speakers are made canonical across all the files given, in order, as ./verbatim index does
        (one spelling per person, a bare surname joined to the full name seen before).
        start/end are Java String indices into the file's text as read (UTF-8). .txt files are read whole;
        other formats go through the corpus reader. --lang forces the language (default: detected).
        """;
  }

  @Override public int run(List<String> args) throws Exception {
    String forced = null;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--lang")) {
        if (i + 1 >= args.size()) throw new Args.UsageException("--lang needs en or fr");
        forced = args.get(++i).toLowerCase(Locale.ROOT);
        if (!forced.equals("en") && !forced.equals("fr")) throw new Args.UsageException("--lang must be en or fr");
      } else if (a.startsWith("-")) {
        throw new Args.UsageException("unknown option " + a);
      } else {
        files.add(Path.of(a));
      }
    }
    if (files.isEmpty()) throw new Args.UsageException("no input file");
    QuoteFinder finder = new QuoteFinder();
    CorpusSpeakers speakers = new CorpusSpeakers(); // the files are one corpus, as for ./verbatim index
    int failures = 0;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        System.err.println("verbatim extract: " + file + ": no such file");
        failures++;
        continue;
      }
      try {
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          String lang = forced != null ? forced : detector.detect(text);
          print(file.toString(), lang, speakers.canonical(finder.find(text, lang)));
        } else {
          int[] bad = {0};
          String f = forced;
          new CorpusReader().read(file, new CorpusReader.Sink() {
            @Override public void article(Article article) {
              String lang = f != null ? f : article.language();
              if (!"en".equals(lang) && !"fr".equals(lang)) lang = detector.detect(article.text());
              print(article.source(), lang, speakers.canonical(finder.find(article.text(), lang)));
            }

            @Override public void failed(String source, String reason) {
              System.err.println("verbatim extract: " + source + ": " + reason);
              bad[0]++;
            }

            @Override public void skipped(String source, String reason) {
              System.err.println("verbatim extract: skipped " + source + ": " + reason);
            }
          });
          failures += bad[0];
        }
      } catch (IOException | UnsupportedOperationException e) {
        System.err.println("verbatim extract: " + file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        failures++;
      }
    }
    return failures == 0 ? 0 : 1;
  }

  private void print(String file, String language, List<Quote> quotes) {
    ObjectNode o = json.createObjectNode();
    o.put("file", file);
    o.put("language", language);
    ArrayNode qs = o.putArray("quotes");
    for (Quote q : quotes) {
      ObjectNode j = qs.addObject();
      j.put("start", q.start());
      j.put("end", q.end());
      j.put("text", q.text());
      j.put("kind", q.kind().label());
      j.put("speaker", q.speaker() == null ? null : q.speaker().name());
      j.put("role", q.speaker() == null ? null : q.speaker().role());
      j.put("cue", q.cue());
      j.put("language", q.language());
      j.put("sieve", q.sieve());
    }
    try {
      System.out.println(json.writeValueAsString(o));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
