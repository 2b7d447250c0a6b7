package verbatim.extract;

/**
 * Whether a noun phrase right before ", <participle>" is an object of its clause rather than its subject: «il avait
 * évoqué les grands conflits, la Syrie, dénonçant …». A present participle set off by a comma at the end of a clause
 * qualifies the clause's subject; the noun phrase before the comma is that subject only when it is one (the
 * sentence opens with it) or the inverted subject of a speech verb with no subject of its own («…», a déclaré Jo
 * Roy, assurant …). When the clause already has a subject before the noun phrase, with no quote between them, the
 * noun phrase is what the clause's verb governs, even a speech verb («il a évoqué la Syrie, dénonçant …»).
 */
final class ClauseObject {

  private ClauseObject() {
  }

  /** Whether the mention starting at token from, within the clause opening at floor, is an object of the clause. */
  static boolean isObject(Tokens t, int floor, int from) {
    if (from <= floor) return false;
    Attribution subject = ClauseSubjects.first(t, floor, from);
    if (subject == null || subject.from() < 0 || subject.to() > from) return false;
    for (int k = subject.to(); k < from; k++) {
      if (t.quote[k] >= 0) return false;
    }
    return true;
  }
}
