package verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import verbatim.extract.reported.ReportedSpan;
import verbatim.extract.reported.ReportedSpeech;
import verbatim.text.HardWraps;

/**
 * Finds reported speech without quote marks ("X said (that) …", "according to X, …", "X a affirmé que …",
 * "selon X, …"): the {@code indirect} quotes. Speaker mentions are returned as spans; resolving them to
 * canonical names is {@link QuoteFinder}'s job (it shares one resolver with direct quotes).
 *
 * <p>The text is cut once into word and punctuation tokens and sentences (one pass, no regular expressions);
 * each sentence is then matched against a few cue patterns, so the cost is linear in the length of the text:
 * <ul>
 *   <li>mention, cue, clause: "The mayor said (that) …", "Secord told CTV News …", "X a affirmé que …";</li>
 *   <li>clause, then an incise: "…, said Telford.", "…, the utility said.", "…, a-t-il indiqué.", "…, estime X.";
 *       a clause continuing after the incise ("…, Scheer said, that …") is a second piece;</li>
 *   <li>"according to X, …" / "…, according to X." and "selon X, …" / "d'après X, …" / "…, selon X.";</li>
 *   <li>a participle after a clause: "…, saying (that) …", "…, adding that …" (speaker: the sentence's subject).</li>
 * </ul>
 * Precision guards: passive and modal forms ("is said to", "would say"), negation ("did not say"), "as he said",
 * "what X said", questions, the adjective "said", cue words inside names, and clauses shorter than three words.
 * The parts of this pipeline live in {@link verbatim.extract.reported}; this class checks the arguments and gives
 * the result the shape the rest of the extractor uses.
 */
public final class ReportedSpeechFinder {

  /**
   * One piece of reported speech.
   *
   * @param start        String index of the first reported word
   * @param end          String index just past the last reported word
   * @param cue          the cue verb or phrase as written ("said", "a affirmé", "according to")
   * @param mentionStart start of the words naming the speaker ("Mr. Caire", "he", "the agency"), -1 if none
   * @param mentionEnd   end of those words, -1 if none
   */
  public record Reported(int start, int end, String cue, int mentionStart, int mentionEnd) {
    public Reported {
      if (start < 0 || end <= start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      if ((mentionStart < 0) != (mentionEnd < 0) || mentionEnd < mentionStart) {
        throw new IllegalArgumentException("bad mention [" + mentionStart + ", " + mentionEnd + ")");
      }
    }
  }

  private final ReportedSpeech speech = new ReportedSpeech(Lexicon.NAME_PARTICLES);

  /**
   * @param text     the text
   * @param language "en" or "fr"
   * @param taken    [start, end) spans already covered by quotes in quote marks, sorted; reported speech
   *                 overlapping them is not returned
   * @return reported speech in text order, non-overlapping
   */
  public List<Reported> find(String text, String language, List<int[]> taken) {
    if (text == null) throw new IllegalArgumentException("text is null");
    return findJoined(HardWraps.join(text), language, taken); // as QuoteFinder reads it
  }

  /** The same, for a text whose hard wraps {@link HardWraps#join} already turned into spaces. */
  List<Reported> findJoined(String text, String language, List<int[]> taken) {
    if (taken == null) taken = List.of();
    for (int[] t : taken) {
      if (t == null || t.length < 2 || t[0] > t[1]) throw new IllegalArgumentException("bad taken span");
    }
    boolean french = language != null && language.toLowerCase(Locale.ROOT).startsWith("fr");
    List<ReportedSpan> spans = speech.find(text, french, taken);
    List<Reported> out = new ArrayList<>(spans.size());
    for (ReportedSpan r : spans) out.add(new Reported(r.start(), r.end(), r.cue(), r.mentionStart(), r.mentionEnd()));
    return out;
  }
}
