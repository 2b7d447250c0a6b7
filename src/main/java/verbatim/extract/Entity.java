package verbatim.extract;

import java.util.ArrayList;
import java.util.List;

/** A person or organisation named in one article, as the {@link EntityRegistry} has learnt it so far. */
final class Entity {
  String display;
  String[] keys;
  /** Not final: a one-word name first met bare becomes a person when a title later stands before it. */
  boolean person;
  boolean org;
  boolean spoke;
  /** Referred to by he/she/il/elle: a person even when named by one word. */
  boolean spokeAsPerson;
  String role;
  char gender; // 'M', 'F' or 0
  /** Text offsets where the article names it. */
  final List<Integer> mentions = new ArrayList<>();
  /** Mentions as a subject-like phrase: not a possessive modifier ("X’s") nor the object of a preposition. */
  final List<Integer> subjectMentions = new ArrayList<>();

  Entity(String display, String[] keys, boolean person) {
    this.display = display;
    this.keys = keys;
    this.person = person;
  }

  String surname() {
    return keys[keys.length - 1];
  }

  /** The latest mention at or before text offset pos, or -1. */
  int lastMentionBefore(int pos) {
    int best = -1;
    for (int m : mentions) if (m <= pos && m > best) best = m;
    return best;
  }

  /** The latest subject-like mention at or before text offset pos, or -1. */
  int lastSubjectMentionBefore(int pos) {
    int best = -1;
    for (int x : subjectMentions) if (x <= pos && x > best) best = x;
    return best;
  }

  /** Whether one of its words is a place word ("Ville", "Quebec"): a place is no speaker of its own. */
  boolean isPlace() {
    for (String k : keys) if (Lexicon.PLACE_WORDS.contains(k)) return true;
    return false;
  }

  /** Whether it is named in the text span [from, to). */
  boolean mentionedIn(int from, int to) {
    for (int m : mentions) if (m >= from && m < to) return true;
    return false;
  }
}
