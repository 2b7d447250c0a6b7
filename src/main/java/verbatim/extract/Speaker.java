package verbatim.extract;

import verbatim.text.Folding;

/**
 * Who said a quote.
 *
 * @param name canonical display name with its accents ("Éric Caire", "National Assembly")
 * @param role the role the article gives ("Minister of Cybersecurity and Digital"), or null
 */
public record Speaker(String name, String role) {

  public Speaker {
    java.util.Objects.requireNonNull(name, "name");
  }

  /** Accent-, case- and punctuation-folded key: "Éric Caire" and "Eric Caire" share it. */
  public String key() {
    return Folding.key(name);
  }
}
