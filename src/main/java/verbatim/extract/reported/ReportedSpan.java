package verbatim.extract.reported;

/**
 * One piece of reported speech.
 *
 * @param start        String index of the first reported word
 * @param end          String index just past the last reported word
 * @param cue          the cue verb or phrase as written ("said", "a affirmé", "according to")
 * @param mentionStart start of the words naming the speaker ("Mr. Caire", "he", "the agency"), -1 if none
 * @param mentionEnd   end of those words, -1 if none
 */
public record ReportedSpan(int start, int end, String cue, int mentionStart, int mentionEnd) {
  public ReportedSpan {
    if (start < 0 || end <= start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    if ((mentionStart < 0) != (mentionEnd < 0) || mentionEnd < mentionStart) {
      throw new IllegalArgumentException("bad mention [" + mentionStart + ", " + mentionEnd + ")");
    }
  }
}
