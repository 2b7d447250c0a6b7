package verbatim.extract;

/**
 * What a speaker mention resolved to: the speaker, whether it is a person (organisations and plain descriptions are
 * not), and the gender the article gives it ('M', 'F' or 0).
 */
record Resolution(Speaker speaker, boolean person, char gender) {

  /** A speaker the registry knows as a person, under its fullest name and role. */
  static Resolution person(Entity e) {
    return new Resolution(new Speaker(e.display, e.role), true, e.gender);
  }

  /** An organisation or a description: no person, no gender. */
  static Resolution nonPerson(Speaker s) {
    return new Resolution(s, false, (char) 0);
  }
}
