package verbatim.extract;

import java.nio.charset.StandardCharsets;

/** Development tool: the quotes of the text on standard input (language in args[0]), one line each with the sieve. */
public final class ExtractDevMain {
  public static void main(String[] args) throws Exception {
    String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    for (Quote q : new QuoteFinder().find(text, args[0])) {
      System.out.printf("%-8s %-18s %-28s cue=%-18s %s%n", q.kind().label(), q.sieve(),
          q.speaker() == null ? "-" : q.speaker().name(), q.cue(), q.text().length() > 50 ? q.text().substring(0, 50) : q.text());
    }
  }
}
