package verbatim.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The people and organisations one article names, in the order it first names them, found by surname: "Caire" and
 * "Minister Caire" are the entity "Éric Caire" once the article gives the full name. Filled by {@link NameCollector};
 * resolution reads it and learns from it (who spoke, a gender a pronoun gives).
 */
final class EntityRegistry {
  private final List<Entity> entities = new ArrayList<>();
  private final Map<String, List<Entity>> bySurname = new HashMap<>();

  /** Every entity, in the order the article first names them. */
  List<Entity> all() {
    return Collections.unmodifiableList(entities);
  }

  /** A new entity under its own name. */
  Entity add(String display, String[] keys, boolean person) {
    Entity e = new Entity(display, keys, person);
    entities.add(e);
    bySurname.computeIfAbsent(e.surname(), k -> new ArrayList<>()).add(e);
    return e;
  }

  /** Renames e when the article now spells it more fully ("Caire" → "Éric Caire") or with its accents. */
  void preferFuller(Entity e, String display, String[] keys) {
    if (!(keys.length > e.keys.length
        || keys.length == e.keys.length && NameKeys.accents(display) > NameKeys.accents(e.display))) {
      return;
    }
    e.display = display;
    String old = e.surname();
    e.keys = keys;
    if (!old.equals(e.surname())) bySurname.computeIfAbsent(e.surname(), k -> new ArrayList<>()).add(e);
  }

  /** Entities filed under that surname (a name's last key), possibly none. */
  List<Entity> withSurname(String surname) {
    return bySurname.getOrDefault(surname, List.of());
  }

  /** An entity the keys denote: same full key, or same surname with compatible other words. */
  Entity find(String[] keys) {
    List<Entity> same = bySurname.get(keys[keys.length - 1]);
    if (same == null) return null;
    Entity best = null;
    // A lone generic word ("Canada", "Police") is not a short form of a longer name ending in it ("Health Canada").
    boolean generic = keys.length == 1 && Lexicon.ORG_WORDS.contains(keys[0]);
    for (Entity e : same) {
      if (!e.surname().equals(keys[keys.length - 1])) continue;
      if (generic && e.keys.length > 1 && Lexicon.firstNameGender(e.keys[0]) == 0) continue;
      if (!compatible(keys, e.keys)) continue;
      if (best == null || e.keys.length > best.keys.length) best = e;
    }
    return best;
  }

  /** Whether the shorter key list's words all appear in the longer one ("caire" ⊂ "eric caire"). */
  private static boolean compatible(String[] a, String[] b) {
    String[] small = a.length <= b.length ? a : b, big = a.length <= b.length ? b : a;
    for (String s : small) {
      boolean found = false;
      for (String g : big) if (g.equals(s)) { found = true; break; }
      if (!found) return false;
    }
    return true;
  }

  /** The entity a name as written denotes, or null. */
  Entity byName(String name) {
    String[] keys = NameKeys.keysOf(name);
    return keys.length == 0 ? null : find(keys);
  }

  /** The fullest entity e is a short form of ("Caire" → "Éric Caire"), else e itself. */
  Entity fullest(Entity e) {
    Entity f = find(e.keys);
    return f == null ? e : f;
  }

  boolean hasFuller(Entity e) {
    return fullest(e) != e;
  }

  /** The one person whose full name starts with that first name ("Éric" → "Éric Caire"), or null if not one. */
  Entity uniqueByFirstName(String first) {
    Entity byFirst = null;
    int count = 0;
    for (Entity x : entities) {
      if (x.person && x.keys.length >= 2 && x.keys[0].equals(first)) {
        byFirst = x;
        count++;
      }
    }
    return count == 1 ? byFirst : null;
  }

  /** "IRCC" → "Immigration, Refugees and Citizenship Canada": an organisation whose initials spell it. */
  Entity byAcronym(String acronym) {
    String a = acronym.toLowerCase(Locale.ROOT);
    for (Entity e : entities) {
      if (e.keys.length < 2) continue;
      StringBuilder initials = new StringBuilder();
      for (String k : e.keys) {
        if (k.equals("and") || k.equals("of") || k.equals("the") || k.equals("de") || k.equals("du") || k.equals("des")
            || k.equals("et") || k.equals("la") || k.equals("le") || k.equals("l") || k.equals("d") || k.equals("for")) {
          continue;
        }
        initials.append(k.charAt(0));
      }
      if (initials.toString().equals(a)) return e;
    }
    return null;
  }

  /** A person whose surname is within a small edit distance of the given one (misspellings: "Cairo" → "Caire"). */
  Entity fuzzy(String[] keys, Entity self) {
    String sur = keys[keys.length - 1];
    if (sur.length() < 5) return null;
    int max = sur.length() >= 8 ? 2 : 1;
    Entity best = null;
    int bestD = Integer.MAX_VALUE;
    for (Entity e : entities) {
      if (!e.person || e == self || e.keys.length < 2) continue;
      int d = NameKeys.distance(sur, e.surname(), max);
      if (d <= max && (d < bestD || d == bestD && best != null && e.keys.length > best.keys.length)) {
        best = e;
        bestD = d;
      }
    }
    return best;
  }

  /** The accepted entity named last at or before text offset pos, or null. */
  Entity lastEntity(int pos, Predicate<Entity> ok) {
    return lastEntity(pos, ok, false);
  }

  /** As {@link #lastEntity(int, Predicate)}, counting only subject-like mentions when subjectsOnly. */
  Entity lastEntity(int pos, Predicate<Entity> ok, boolean subjectsOnly) {
    Entity best = null;
    int bestPos = -1;
    for (Entity e : entities) {
      if (!ok.test(e)) continue;
      int m = subjectsOnly ? e.lastSubjectMentionBefore(pos) : e.lastMentionBefore(pos);
      if (m > bestPos) {
        best = e;
        bestPos = m;
      }
    }
    return best;
  }

  /** Whether a person other than the one called name is named in the text span [from, to). */
  boolean otherPersonNamedIn(String name, int from, int to) {
    Entity self = byName(name);
    Entity selfFull = self == null ? null : fullest(self);
    for (Entity e : entities) {
      Entity full = fullest(e);
      if (full == selfFull || e == self) continue;
      if (!(full.person || full.spokeAsPerson || e.person) || e.isPlace()) continue;
      if (e.mentionedIn(from, to)) return true;
    }
    return false;
  }

  /**
   * Learns the gender a pronoun gives a speaker whose gender is unknown; false when it was known already, or the
   * name is an organisation's or no entity's.
   */
  boolean learnGender(String name, char gender) {
    Entity e = byName(name);
    if (e == null || e.org) return false;
    Entity full = fullest(e);
    if (full.gender != 0 || e.gender != 0) return false;
    full.gender = gender;
    e.gender = gender;
    full.spokeAsPerson = true;
    return true;
  }
}
