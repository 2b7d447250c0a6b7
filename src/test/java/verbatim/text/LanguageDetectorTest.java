package verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void tellsArticlesApart() {
    assertEquals("en", detector.detect("The minister said on Tuesday that the government would not change its plan."));
    assertEquals("fr", detector.detect("Le ministre a affirmé mardi que le gouvernement ne changerait pas son plan."));
    // French names do not make an English article French.
    assertEquals("en", detector.detect("Éric Caire, François Legault and Jean-François Roberge were at the Assemblée nationale on Monday."));
    // Nor English loanwords a French one English.
    assertEquals("fr", detector.detect("Le leader du parti a publié une story sur TikTok pendant le week-end."));
    assertEquals("fr", detector.detect("QU’IL SOIT DIT QUE LES ÉLUS ONT VOTÉ CONTRE LA MOTION"));
    assertEquals("en", detector.detect("IT IS THE END OF THE ROAD FOR THE PROJECT"));
    assertEquals("en", detector.detect(""), "no evidence: English by default");
  }

  @Test
  void elisionsAndContractions() {
    assertEquals(Optional.of("fr"), detector.detectClearly("l’opposition s’est levée d’un bloc"));
    assertEquals(Optional.of("en"), detector.detectClearly("It’s really preventive"));
    assertEquals(Optional.of("en"), detector.detectClearly("we don't know, they're not sure"));
    assertEquals(Optional.of("fr"), detector.detectClearly("C'est au citoyen d'évaluer"));
  }

  @Test
  void answersForShortSpansOnlyWhenClear() {
    assertEquals(Optional.of("en"), detector.detectClearly("no reason, no evidence, no case that leads us to believe that we have been spied on"));
    assertEquals(Optional.of("fr"), detector.detectClearly("Nous ne pouvons plus fermer les yeux"));
    assertEquals(Optional.empty(), detector.detectClearly("TikTok"));
    assertEquals(Optional.empty(), detector.detectClearly("Jean-François Roberge"));
    assertEquals(Optional.empty(), detector.detectClearly("OK"));
    assertEquals(Optional.empty(), detector.detectClearly(""));
    assertEquals(Optional.empty(), detector.detectClearly("1 800-63SCOOP, 17un 12un"), "letters stuck to numbers are not words");
    // Mixed: a French quote inside English narration is not clearly either.
    assertEquals(Optional.empty(), detector.detectClearly("« C’est fini » he said"));
  }

  @Test
  void acceptsAnyCharSequence() {
    StringBuilder sb = new StringBuilder("les élus de la région");
    assertEquals("fr", detector.detect(sb));
    assertEquals("fr", detector.detect(java.nio.CharBuffer.wrap("les élus de la région")));
  }
}
