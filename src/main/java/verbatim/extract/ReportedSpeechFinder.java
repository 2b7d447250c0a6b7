package verbatim.extract;

import java.util.List;

/**
 * Finds reported speech without quote marks ("X said (that) …", "according to X, …", "X a affirmé que …",
 * "selon X, …"): the {@code indirect} quotes. Speaker mentions are returned as spans; resolving them to
 * canonical names is {@link QuoteFinder}'s job (it shares one resolver with direct quotes).
 * STUB: signatures agreed between the two extraction workstreams.
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
  public record Reported(int start, int end, String cue, int mentionStart, int mentionEnd) {}

  /**
   * @param text     the text
   * @param language "en" or "fr"
   * @param taken    [start, end) spans already covered by quotes in quote marks, sorted; reported speech
   *                 overlapping them is not returned
   */
  public List<Reported> find(String text, String language, List<int[]> taken) {
    return List.of();
  }
}
